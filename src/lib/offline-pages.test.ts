import { describe, expect, it } from "vitest";
import { isOfflinePage, offlineFallbackPath, OFFLINE_FALLBACK_PATHS } from "./offline-pages";

describe("offline pages", () => {
  it("keeps the home, report and track pages of each language only", () => {
    for (const p of ["/es", "/es/", "/qu/report", "/en/track"]) expect(isOfflinePage(p), p).toBe(true);
    for (const p of [
      "/",
      "/de/report",
      "/es/cases",
      "/es/report/x",
      "/es/track/BO-2026",
      "/es/missing",
      "/api/health",
    ])
      expect(isOfflinePage(p), p).toBe(false);
  });

  it("falls back to the language's offline page, Spanish when the path has none", () => {
    expect(offlineFallbackPath("/fr/missing/BO-2026-000001")).toBe("/fr/offline");
    expect(offlineFallbackPath("/whatever")).toBe("/es/offline");
    expect(OFFLINE_FALLBACK_PATHS).toHaveLength(8);
  });
});
