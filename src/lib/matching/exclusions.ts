// Hard exclusions: facts that make a pair impossible, so it is never proposed whatever the other
// criteria say. Each is conservative — an estimate is given room to be wrong — because excluding
// the true person is the worst outcome (see docs/decisions/095-matching-engine.md).
import type { MatchProfile, Range } from "./profile";

export type Exclusion = "sex" | "foundBeforeLastSeen" | "age";

/** Years an age estimate may be off beyond its stated range (the "+/- 5 years"). */
export const AGE_SLACK_YEARS = 5;
/** Clock and time-zone slack for "found before last seen" (dates are often typed as a day). */
const FOUND_BEFORE_SLACK_MS = 36 * 3600 * 1000;
const YEAR_MS = 365.25 * 24 * 3600 * 1000;

export function elapsedYears(from: Date, to: Date): number {
  return (to.getTime() - from.getTime()) / YEAR_MS;
}

/** Age range of `p` carried forward (or back) to `date`. */
export function ageAt(p: MatchProfile, date: Date): Range | null {
  if (!p.age) return null;
  const years = elapsedYears(p.refDate, date);
  return { min: p.age.min + Math.floor(years), max: p.age.max + Math.ceil(years) };
}

/** Years between two ranges; 0 when they overlap. */
export function rangeGap(a: Range, b: Range): number {
  return Math.max(0, a.min - b.max, b.min - a.max);
}

function sexConflict(a: MatchProfile, b: MatchProfile): boolean {
  return a.sex !== "UNKNOWN" && b.sex !== "UNKNOWN" && a.sex !== b.sex;
}

/** Missing-vs-found: the person cannot have been found before they went missing. */
function foundBeforeLastSeen(a: MatchProfile, b: MatchProfile): boolean {
  const missing = a.kind === "MISSING" ? a : b;
  const found = a.kind === "FOUND" ? a : b;
  if (missing === found || missing.kind === found.kind) return false;
  return found.refDate.getTime() < missing.refDate.getTime() - FOUND_BEFORE_SLACK_MS;
}

function ageImpossible(a: MatchProfile, b: MatchProfile): boolean {
  const later = a.refDate >= b.refDate ? a : b;
  const earlier = later === a ? b : a;
  const carried = ageAt(earlier, later.refDate);
  if (!carried || !later.age) return false;
  return rangeGap(carried, later.age) > AGE_SLACK_YEARS;
}

/** The first reason the pair is impossible, or null when it may be the same person. */
export function exclusionFor(a: MatchProfile, b: MatchProfile): Exclusion | null {
  if (sexConflict(a, b)) return "sex";
  if (foundBeforeLastSeen(a, b)) return "foundBeforeLastSeen";
  if (ageImpossible(a, b)) return "age";
  return null;
}
