import { describe, expect, it } from "vitest";
import { buildStats, monthsUpTo } from "./aggregate";
import { csvCell, statsToCsv } from "./csv";

describe("csvCell", () => {
  it("defuses spreadsheet formulas", () => {
    for (const bad of ['=HYPERLINK("x")', "+1", "-2+3", "@SUM(A1)", "\tx"])
      expect(csvCell(bad).replace(/^"/, "")).toMatch(/^'/);
  });
  it("quotes commas, quotes and newlines", () => {
    expect(csvCell('a,"b"\nc')).toBe('"a,""b""\nc"');
    expect(csvCell("<5")).toBe("<5");
    expect(csvCell(12)).toBe("12");
    expect(csvCell(null)).toBe("");
  });
});

describe("statsToCsv", () => {
  it("writes a region name that looks like a formula as text", () => {
    const stats = buildStats(
      [
        { dim: "status", key: "ACTIVE", label: null, n: 9 },
        { dim: "region", key: "XX-1", label: "=cmd|' /C calc'!A0", n: 9 },
      ],
      { mode: "public", country: "BO", now: new Date("2026-11-28T00:00:00Z") },
    );
    const csv = statsToCsv(stats, (k) => k);
    expect(csv).toContain("region,XX-1,'=cmd|' /C calc'!A0,10");
    expect(csv).not.toMatch(/,=cmd/);
  });
});

describe("small cells in the CSV", () => {
  it("are written in the reader's words, never as a number from 1 to 4", () => {
    const stats = buildStats([{ dim: "status", key: "LOCATED_ALIVE", label: null, n: 3 }], {
      mode: "public",
      country: "BO",
      now: new Date("2026-11-28T00:00:00Z"),
    });
    const t = (k: string) => (k === "stats:suppressed" ? "menos de 5" : k);
    const csv = statsToCsv(stats, t);
    expect(csv).toContain("status,LOCATED_ALIVE,common:status.LOCATED_ALIVE,menos de 5");
    expect(csv).toContain("summary,total,stats:summary.total,menos de 5");
    expect(csv).not.toMatch(/,[1-4]\r\n/);
  });
});

describe("monthsUpTo", () => {
  it("lists 24 months oldest first, ending with the current month", () => {
    const m = monthsUpTo(new Date("2026-01-31T23:00:00Z"));
    expect(m).toHaveLength(24);
    expect(m[0]).toBe("2024-02");
    expect(m.at(-1)).toBe("2026-01");
  });
});
