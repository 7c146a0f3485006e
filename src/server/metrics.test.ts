import { describe, expect, it } from "vitest";
import { countRateLimited, metrics, routeLabel, setRoutesManifest } from "./metrics";

describe("route labels", () => {
  it("are the app's route patterns, never an id, a number or a name", () => {
    setRoutesManifest({
      staticRoutes: [{ page: "/_not-found", regex: "^/_not-found(?:/)?$" }],
      dynamicRoutes: [
        { page: "/[locale]/cases/search", regex: "^/([^/]+?)/cases/search(?:/)?$" },
        { page: "/[locale]/cases/[caseNumber]", regex: "^/([^/]+?)/cases/([^/]+?)(?:/)?$" },
        { page: "/api/v1/cases/[caseNumber]", regex: "^/api/v1/cases/([^/]+?)(?:/)?$" },
      ],
    });
    expect(routeLabel("/es/cases/BO-2026-000123?x=1")).toBe("/[locale]/cases/[caseNumber]");
    expect(routeLabel("/en/cases/search")).toBe("/[locale]/cases/search");
    expect(routeLabel("/api/v1/cases/BZ-2026-000001")).toBe("/api/v1/cases/[caseNumber]");
    expect(routeLabel("/_next/static/chunks/abc.js")).toBe("/_next/*");
    expect(routeLabel("/favicon.ico")).toBe("/*.asset");
    expect(routeLabel("/Nayeli-Quispe/whatever/else")).toBe("other");
  });
});

describe("the registry", () => {
  it("is one per process and counts refusals by limit", async () => {
    expect(metrics()).toBe(metrics());
    countRateLimited("track");
    countRateLimited("track");
    const text = await metrics().registry.metrics();
    expect(text).toMatch(/rate_limit_refusals_total\{limit="track"\} 2/);
    expect(text).toContain("http_request_duration_seconds");
  });
});
