// Coverage arithmetic, kept pure for unit tests. "Officers trained" counts people who completed
// a train-the-trainers session or a cascade workshop; refreshers retrain people already counted.
// Someone trained twice (same email) counts once, in the region of their first completion.
// A session counts only once it has started: a completion recorded ahead of a future session
// (or a session whose date was moved later) must not fill a district's target in advance.
import type { TrainingKind } from "@/generated/prisma/enums";
import { EXERCISE_IDS, type ExerciseId } from "./exercises";
import { knowledgeGain, type CheckScores, type Gain } from "./knowledge-check";

export interface CompletionRow {
  email: string | null;
  regionId: string | null;
  completedAt: Date;
  kind: TrainingKind;
  /** The session's start date. */
  sessionDate: Date;
  /** The session's level in the cascade (0: trains the first trainers). */
  level: number;
}

export interface RegionCoverage {
  id: string;
  code: string;
  name: string;
  trained: number;
  target: number | null;
  /** Has a target and is below it: listed first, marked in words. */
  underTarget: boolean;
}

export interface LevelCoverage {
  level: number;
  /** People who completed a session of this level (each once per level). */
  trained: number;
}

// Under target first, the furthest behind at the top; then the rest by name (the given order).
function gapsFirst(rows: RegionCoverage[]): RegionCoverage[] {
  const share = (r: RegionCoverage) => r.trained / (r.target ?? 1);
  const under = rows.filter((r) => r.underTarget).sort((a, b) => share(a) - share(b));
  return [...under, ...rows.filter((r) => !r.underTarget)];
}

function countLevels(rows: readonly CompletionRow[]): LevelCoverage[] {
  const perLevel = new Map<number, Set<string>>();
  rows.forEach((r, i) => {
    const people = perLevel.get(r.level) ?? new Set<string>();
    people.add(r.email?.toLowerCase() ?? `#${i}`);
    perLevel.set(r.level, people);
  });
  return [...perLevel].sort(([a], [b]) => a - b).map(([level, people]) => ({ level, trained: people.size }));
}

/** One attendee of a session already held, with what they learned there. */
export interface LearnerRow {
  email: string | null;
  attended: boolean;
  /** The session's level in the cascade. */
  level: number;
  /** The exercises the session set (its trainer's choice). */
  exercisesSet: readonly string[];
  /** The exercises this attendee passed in the sandbox (kept after the sandbox is wiped). */
  exercisesPassed: readonly string[];
  scores: CheckScores;
}

export interface ExerciseFigure {
  id: ExerciseId;
  /** People at this level who were set the exercise: attended a session that set it, or passed it. */
  set: number;
  passed: number;
}

export interface LevelFigures extends LevelCoverage {
  /** The country's target of people trained at this level, if it set one. */
  target: number | null;
  /** Has a target and is below it: marked in words. */
  underTarget: boolean;
  /** The knowledge check's before -> after over the level's attendees who took both. */
  gain: Gain | null;
  /** Each exercise set at this level, in the library's order. */
  exercises: ExerciseFigure[];
}

/**
 * What each level of the cascade learned beside how many it trained: the knowledge gain and,
 * per exercise, how many of those set it passed it. A person (by email) counts once per level
 * and exercise, passed if any of their sessions at that level recorded the pass. A pass counts
 * even when the trainer later dropped the exercise, so "passed" never exceeds "set". A level with
 * a target is listed even before anyone was trained there: that is the widest gap.
 */
export function learningByLevel(
  trained: readonly LevelCoverage[],
  rows: readonly LearnerRow[],
  targets: ReadonlyMap<number, number> = new Map(),
): LevelFigures[] {
  const levels = new Map<number, { set: Map<string, Set<string>>; passed: Map<string, Set<string>> }>();
  const scores = new Map<number, CheckScores[]>();
  const at = (level: number) => {
    const l = levels.get(level) ?? { set: new Map(), passed: new Map() };
    levels.set(level, l);
    return l;
  };
  const add = (m: Map<string, Set<string>>, id: string, person: string) =>
    m.set(id, (m.get(id) ?? new Set()).add(person));
  rows.forEach((r, i) => {
    const person = r.email?.toLowerCase() ?? `#${i}`;
    const l = at(r.level);
    scores.set(r.level, [...(scores.get(r.level) ?? []), r.scores]);
    for (const id of EXERCISE_IDS) {
      const passed = r.exercisesPassed.includes(id);
      if (passed) add(l.passed, id, person);
      if (passed || (r.attended && r.exercisesSet.includes(id))) add(l.set, id, person);
    }
  });
  const trainedAt = new Map(trained.map((t) => [t.level, t.trained]));
  const all = [...new Set([...trainedAt.keys(), ...levels.keys(), ...targets.keys()])].sort((a, b) => a - b);
  return all.map((level) => {
    const l = levels.get(level);
    const people = trainedAt.get(level) ?? 0;
    const target = targets.get(level) ?? null;
    return {
      level,
      trained: people,
      target,
      underTarget: target !== null && people < target,
      gain: knowledgeGain(scores.get(level) ?? []),
      exercises: EXERCISE_IDS.filter((id) => l?.set.has(id)).map((id) => ({
        id,
        set: l!.set.get(id)!.size,
        passed: l!.passed.get(id)?.size ?? 0,
      })),
    };
  });
}

export function countTrained(
  rows: readonly CompletionRow[],
  regions: readonly { id: string; code: string; name: string }[],
  targets: ReadonlyMap<string | null, number>,
  now = new Date(),
) {
  const held = rows.filter((r) => r.sessionDate.getTime() <= now.getTime());
  const counted = held
    .filter((r) => r.kind !== "REFRESHER")
    .sort((a, b) => a.completedAt.getTime() - b.completedAt.getTime());
  const seen = new Set<string>();
  const perRegion = new Map<string | null, number>();
  let total = 0;
  for (const r of counted) {
    const key = r.email?.toLowerCase();
    if (key) {
      if (seen.has(key)) continue;
      seen.add(key);
    }
    total++;
    perRegion.set(r.regionId, (perRegion.get(r.regionId) ?? 0) + 1);
  }
  const known = new Set(regions.map((r) => r.id));
  const unassigned = [...perRegion]
    .filter(([id]) => id === null || !known.has(id))
    .reduce((n, [, c]) => n + c, 0);
  const regionRows: RegionCoverage[] = regions.map((r) => {
    const trained = perRegion.get(r.id) ?? 0;
    const target = targets.get(r.id) ?? null;
    return { ...r, trained, target, underTarget: target !== null && trained < target };
  });
  return {
    total,
    target: targets.get(null) ?? null,
    regions: gapsFirst(regionRows),
    unassigned,
    levels: countLevels(counted),
  };
}

export interface MonthBucket {
  /** "2026-03" */
  month: string;
  sessions: number;
}

const monthKey = (d: Date) => d.toISOString().slice(0, 7);

/** Sessions per calendar month, gaps filled with zero, at most the last `maxMonths`. */
export function sessionsPerMonth(dates: readonly Date[], maxMonths = 24): MonthBucket[] {
  if (dates.length === 0) return [];
  const counts = new Map<string, number>();
  for (const d of dates) counts.set(monthKey(d), (counts.get(monthKey(d)) ?? 0) + 1);
  const sorted = [...dates].sort((a, b) => a.getTime() - b.getTime());
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  const out: MonthBucket[] = [];
  const cursor = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1));
  while (cursor <= last) {
    const key = monthKey(cursor);
    out.push({ month: key, sessions: counts.get(key) ?? 0 });
    cursor.setUTCMonth(cursor.getUTCMonth() + 1);
  }
  return out.slice(-maxMonths);
}

/** A "nice" axis maximum (1, 2, 5 x 10^n) at or above the largest value. */
export function niceMax(value: number): number {
  if (value <= 1) return 1;
  const p = 10 ** Math.floor(Math.log10(value));
  for (const m of [1, 2, 5, 10]) if (m * p >= value) return m * p;
  return 10 * p;
}
