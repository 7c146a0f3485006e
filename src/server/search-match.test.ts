import { describe, expect, it } from "vitest";
import { documentKey } from "@/lib/names/normalize";
import { classifyQuery } from "./search-match";

describe("classifyQuery", () => {
  it("reads case numbers in any case and spacing", () => {
    expect(classifyQuery(" bz-2026-000123 ")).toMatchObject({ kind: "exact", caseNumber: "BZ-2026-000123" });
  });

  it("reads documents and phones, with or without the country code", () => {
    const doc = classifyQuery("RUT 12.345.678-k");
    expect(doc).toMatchObject({ kind: "exact", docKey: "12345678K" });
    const phone = classifyQuery("612-3456");
    expect(phone.kind === "exact" && phone.phones).toEqual(expect.arrayContaining(["6123456", "5016123456"]));
  });

  it("reads names as normalized words, initials aside", () => {
    expect(classifyQuery("José de la Cruz, J.")).toEqual({
      kind: "name",
      name: "jose cruz j",
      words: ["jose", "cruz"],
    });
    expect(classifyQuery("  ")).toEqual({ kind: "none" });
    expect(classifyQuery("de la")).toEqual({ kind: "none" });
  });
});

describe("documentKey", () => {
  it.each([
    ["RUT 12.345.678-K", "12345678K"],
    ["12345678-k", "12345678K"],
    ["CI 1234567 LP", "1234567"],
    ["Cédula 001-120305-1234A", "0011203051234A"],
    ["DPI 1234 56789 0101", "1234567890101"],
    [null, ""],
  ])("%s -> %s", (doc, key) => {
    expect(documentKey(doc)).toBe(key);
  });
});
