import { describe, expect, it } from "vitest";
import { countTrained, learningByLevel, niceMax, sessionsPerMonth, type LearnerRow } from "./coverage";

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const REGIONS = [
  { id: "cy", code: "BZ-CY", name: "Cayo" },
  { id: "sp", code: "BZ-SP", name: "San Pedro" },
];

type Row = Parameters<typeof countTrained>[0][number];
const row = (
  email: string | null,
  regionId: string | null,
  day: string,
  kind: Row["kind"],
  over: Partial<Row> = {},
): Row => ({
  email,
  regionId,
  completedAt: d(day),
  kind,
  sessionDate: d(day),
  level: kind === "TRAIN_THE_TRAINERS" ? 0 : 1,
  ...over,
});
const NOW = d("2026-06-01");

describe("countTrained", () => {
  it("counts each person once, ignores refreshers, keeps the first region", () => {
    const r = countTrained(
      [
        row("a@x.org", "sp", "2026-03-01", "CASCADE_WORKSHOP"),
        row("A@x.org", "cy", "2026-01-01", "TRAIN_THE_TRAINERS"),
        row(null, "cy", "2026-02-01", "CASCADE_WORKSHOP"),
        row(null, "cy", "2026-02-01", "CASCADE_WORKSHOP"),
        row("b@x.org", "sp", "2026-02-01", "REFRESHER"),
        row("c@x.org", null, "2026-02-01", "CASCADE_WORKSHOP"),
      ],
      REGIONS,
      new Map<string | null, number>([
        [null, 140],
        ["cy", 20],
      ]),
      NOW,
    );
    expect(r.total).toBe(4);
    expect(r.target).toBe(140);
    expect(r.unassigned).toBe(1);
    expect(r.regions).toEqual([
      { id: "cy", code: "BZ-CY", name: "Cayo", trained: 3, target: 20, underTarget: true },
      { id: "sp", code: "BZ-SP", name: "San Pedro", trained: 0, target: null, underTarget: false },
    ]);
    // a@x.org completed at both levels: once per level, once in the total.
    expect(r.levels).toEqual([
      { level: 0, trained: 1 },
      { level: 1, trained: 4 },
    ]);
  });

  it("lists the districts under target first, the furthest behind on top; a big total hides none", () => {
    const regions = [
      { id: "bz", code: "BZ-BZ", name: "Belize" },
      { id: "cy", code: "BZ-CY", name: "Cayo" },
      { id: "co", code: "BZ-CZL", name: "Corozal" },
      { id: "tl", code: "BZ-TOL", name: "Toledo" },
    ];
    const people = (regionId: string, n: number) =>
      Array.from({ length: n }, (_, i) =>
        row(`${regionId}${i}@x.org`, regionId, "2026-02-01", "CASCADE_WORKSHOP"),
      );
    const r = countTrained(
      [...people("bz", 32), ...people("cy", 10), ...people("co", 2), ...people("tl", 20)],
      regions,
      new Map<string | null, number>([
        [null, 66],
        ["bz", 20],
        ["cy", 20],
        ["co", 20],
        ["tl", 20],
      ]),
      NOW,
    );
    expect(r.total).toBe(64);
    expect(r.regions.map((x) => [x.name, x.underTarget])).toEqual([
      ["Corozal", true],
      ["Cayo", true],
      ["Belize", false],
      ["Toledo", false],
    ]);
  });

  it("does not count a session that has not started yet, whatever its attendees are marked", () => {
    const r = countTrained(
      [
        row("a@x.org", "cy", "2026-05-01", "CASCADE_WORKSHOP"),
        row("b@x.org", "cy", "2026-05-20", "CASCADE_WORKSHOP", { sessionDate: d("2026-07-01") }),
      ],
      REGIONS,
      new Map([["cy", 2]]),
      NOW,
    );
    expect(r.total).toBe(1);
    expect(r.regions[0]).toMatchObject({ id: "cy", trained: 1, underTarget: true });
    expect(
      countTrained(
        [row("b@x.org", "cy", "2026-05-20", "CASCADE_WORKSHOP", { sessionDate: NOW })],
        REGIONS,
        new Map(),
        NOW,
      ).total,
    ).toBe(1);
  });
});

describe("learningByLevel", () => {
  const none = { before: null, after: null };
  const learner = (email: string | null, level: number, over: Partial<LearnerRow> = {}): LearnerRow => ({
    email,
    attended: true,
    level,
    exercisesSet: ["find-misspelled", "review-match"],
    exercisesPassed: [],
    scores: none,
    ...over,
  });

  it("counts per level each exercise set and passed, people once, in the library's order", () => {
    const figures = learningByLevel(
      [{ level: 0, trained: 2 }],
      [
        learner("a@x.org", 0, { exercisesPassed: ["review-match"] }),
        // The same person at a second session of the level: still one person, and passed.
        learner("A@x.org", 0, { exercisesPassed: [] }),
        learner(null, 0, { exercisesPassed: ["find-misspelled", "review-match"] }),
        // Registered but absent: not set the exercises.
        learner("b@x.org", 0, { attended: false }),
        // Absent but passed an exercise since dropped by the trainer: set and passed.
        learner("c@x.org", 1, { attended: false, exercisesSet: [], exercisesPassed: ["spot-duplicate"] }),
        learner("d@x.org", 1, {
          exercisesSet: [],
          scores: { before: { score: 1, total: 4 }, after: { score: 3, total: 4 } },
        }),
      ],
    );
    expect(figures).toEqual([
      {
        level: 0,
        trained: 2,
        target: null,
        underTarget: false,
        gain: null,
        exercises: [
          { id: "find-misspelled", set: 2, passed: 1 },
          { id: "review-match", set: 2, passed: 2 },
        ],
      },
      {
        level: 1,
        trained: 0,
        target: null,
        underTarget: false,
        gain: { people: 1, before: 25, after: 75, gain: 50 },
        exercises: [{ id: "spot-duplicate", set: 1, passed: 1 }],
      },
    ]);
  });

  it("keeps a level that trained people but set no exercise", () => {
    expect(learningByLevel([{ level: 2, trained: 5 }], [])).toEqual([
      { level: 2, trained: 5, target: null, underTarget: false, gain: null, exercises: [] },
    ]);
  });

  it("sets each level against its target, and lists a level nobody reached yet", () => {
    const targets = new Map([
      [0, 20],
      [1, 140],
      [2, 300],
    ]);
    const figures = learningByLevel(
      [
        { level: 0, trained: 22 },
        { level: 1, trained: 113 },
      ],
      [],
      targets,
    );
    expect(figures.map((l) => [l.level, l.trained, l.target, l.underTarget])).toEqual([
      [0, 22, 20, false],
      [1, 113, 140, true],
      [2, 0, 300, true],
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
