import { describe, expect, it } from "vitest";
import { countTrained, niceMax, sessionsPerMonth } from "./coverage";

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const REGIONS = [
  { id: "cy", code: "BZ-CY", name: "Cayo" },
  { id: "sp", code: "BZ-SP", name: "San Pedro" },
];

describe("countTrained", () => {
  it("counts each person once, ignores refreshers, keeps the first region", () => {
    const r = countTrained(
      [
        { email: "a@x.org", regionId: "sp", completedAt: d("2026-03-01"), kind: "CASCADE_WORKSHOP" },
        { email: "A@x.org", regionId: "cy", completedAt: d("2026-01-01"), kind: "TRAIN_THE_TRAINERS" },
        { email: null, regionId: "cy", completedAt: d("2026-02-01"), kind: "CASCADE_WORKSHOP" },
        { email: null, regionId: "cy", completedAt: d("2026-02-01"), kind: "CASCADE_WORKSHOP" },
        { email: "b@x.org", regionId: "sp", completedAt: d("2026-02-01"), kind: "REFRESHER" },
        { email: "c@x.org", regionId: null, completedAt: d("2026-02-01"), kind: "CASCADE_WORKSHOP" },
      ],
      REGIONS,
      new Map<string | null, number>([
        [null, 140],
        ["cy", 20],
      ]),
    );
    expect(r.total).toBe(4);
    expect(r.target).toBe(140);
    expect(r.unassigned).toBe(1);
    expect(r.regions).toEqual([
      { id: "cy", code: "BZ-CY", name: "Cayo", trained: 3, target: 20 },
      { id: "sp", code: "BZ-SP", name: "San Pedro", trained: 0, target: null },
    ]);
  });
});

describe("sessionsPerMonth", () => {
  it("fills empty months and keeps the most recent ones", () => {
    expect(sessionsPerMonth([d("2026-01-10"), d("2026-03-02"), d("2026-03-20")])).toEqual([
      { month: "2026-01", sessions: 1 },
      { month: "2026-02", sessions: 0 },
      { month: "2026-03", sessions: 2 },
    ]);
    expect(sessionsPerMonth([d("2024-01-01"), d("2026-12-01")], 3).map((m) => m.month)).toEqual([
      "2026-10",
      "2026-11",
      "2026-12",
    ]);
    expect(sessionsPerMonth([])).toEqual([]);
  });
});

describe("niceMax", () => {
  it("rounds up to 1, 2 or 5 times a power of ten", () => {
    expect([0, 1, 3, 7, 10, 11, 23, 140].map(niceMax)).toEqual([1, 1, 5, 10, 10, 20, 50, 200]);
  });
});
