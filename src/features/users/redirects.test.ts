import { describe, expect, it } from "vitest";
import { homePath, safeReturnPath } from "./redirects";

describe("safeReturnPath", () => {
  it("keeps same-site paths", () => {
    expect(safeReturnPath("/es/cases/BZ-2026-000001")).toBe("/es/cases/BZ-2026-000001");
    expect(safeReturnPath("/en/admin?tab=users#top")).toBe("/en/admin?tab=users#top");
  });
  it("refuses other sites and tricks that browsers read as other hosts", () => {
    for (const bad of [
      "https://evil.example/",
      "//evil.example/x",
      "/\\evil.example",
      "\\\\evil.example",
      "javascript:alert(1)",
      "/es/\u0000x",
      // Resolve to "//evil.example" once the path is normalised.
      "/..//evil.example",
      "/.%2e//evil.example",
      "/x/../..//evil.example",
      "/%2e%2e//evil.example/x?y#z",
      "/./..//evil.example",
      "es/cases",
      "",
      undefined,
      42,
    ]) {
      expect(safeReturnPath(bad), String(bad)).toBeNull();
    }
  });
  it("never returns to the login page or an API route", () => {
    expect(safeReturnPath("/es/login")).toBeNull();
    expect(safeReturnPath("/api/auth/signout")).toBeNull();
  });
});

describe("homePath", () => {
  it("sends trainers to training and everyone else to cases", () => {
    expect(homePath("es", "TRAINER")).toBe("/es/training");
    expect(homePath("es", "MIGRATION")).toBe("/es/found");
    expect(homePath("es", "FORENSIC")).toBe("/es/found");
    for (const role of ["POLICE", "NGO", "ADMIN"] as const) expect(homePath("en", role)).toBe("/en/cases");
  });
});
