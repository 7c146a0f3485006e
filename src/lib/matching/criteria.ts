// The scored criteria. Each returns a fraction 0..1 of its weight and a short reason the review
// page translates (matches:reason.<key>), so every proposal says why it was made. Weights live
// in one table: the scorer, the findability hints and the benchmark all read it.
import { COUNTRIES } from "@/lib/reference/countries";
import { REGIONS } from "@/lib/reference/regions";
import { compareBuild, compareEyes, compareHair, compareSkin } from "./description";
import { ageAt, elapsedYears, rangeGap, AGE_SLACK_YEARS } from "./exclusions";
import { nameFraction, namePairs } from "./names";
import { areNeighbours } from "./neighbours";
import type { MatchProfile, Range } from "./profile";
import { overlapRatio, plainWords } from "./text";

import { WEIGHTS, type CriterionKey } from "./weights";

export { WEIGHTS, type CriterionKey };

export interface CriterionResult {
  /** Of the weight; below 0 only where a fact counts against the pair (a mark not listed). */
  fraction: number;
  reason: string;
  /** Words shown beside the reason (matched names, shared mark concepts, place). */
  detail?: string[];
}

type Criterion = (a: MatchProfile, b: MatchProfile) => CriterionResult;
const none = (reason: string): CriterionResult => ({ fraction: 0, reason });

const name: Criterion = (a, b) => {
  if (!a.nameWords.length || !b.nameWords.length) return none("unknown");
  const pairs = namePairs(a.nameWords, b.nameWords);
  if (!pairs.length) return none("different");
  const hows = new Set(pairs.map((p) => p.how));
  const reason = hows.size === 1 && hows.has("exact") ? "exact" : [...hows].find((h) => h !== "exact")!;
  return {
    fraction: nameFraction(a.nameWords, b.nameWords),
    reason,
    detail: pairs.map((p) => `${p.a} ~ ${p.b}`),
  };
};

const age: Criterion = (a, b) => {
  const later = a.refDate >= b.refDate ? a : b;
  const carried = ageAt(later === a ? b : a, later.refDate);
  if (!carried || !later.age) return none("unknown");
  const gap = rangeGap(carried, later.age);
  return { fraction: Math.max(0, 1 - gap / (AGE_SLACK_YEARS + 1)), reason: gap === 0 ? "overlap" : "close" };
};

/** Children grow: a missing child's height may rise by up to 7 cm a year until 18. */
function heightAt(p: MatchProfile, date: Date): Range | null {
  if (!p.height) return null;
  const years = Math.max(0, elapsedYears(p.refDate, date));
  const child = p.age ? p.age.min < 18 : false;
  return { min: p.height.min, max: p.height.max + (child ? Math.ceil(7 * years) : 0) };
}

const height: Criterion = (a, b) => {
  const later = a.refDate >= b.refDate ? a : b;
  const carried = heightAt(later === a ? b : a, later.refDate);
  if (!carried || !later.height) return none("unknown");
  const gap = rangeGap(carried, later.height);
  return { fraction: Math.max(0, 1 - gap / 12), reason: gap <= 2 ? "overlap" : gap <= 8 ? "close" : "far" };
};

/**
 * Points taken (a share of the marks weight) when the claim describes a mark and the found
 * record, which someone wrote looking at the person, lists none. Small: a recorder may not have
 * looked or written it down. But without it a one-word found record with no marks ranked every
 * namesake with a tattoo level with the true claim; bench:match at 100,000 claims: recall@10
 * 0.690 -> 0.725 on the same data, precision 0.872 -> 0.875 (decision 173).
 */
export const UNLISTED_MARK_PENALTY = 0.15;

/** A claim describes a mark; the found person's record, the other side, lists none. */
function unlistedMark(a: MatchProfile, b: MatchProfile): boolean {
  const [claim, found] = a.kind === "MISSING" ? [a, b] : [b, a];
  return (
    claim.kind === "MISSING" &&
    found.kind === "FOUND" &&
    claim.markTokens.length > 0 &&
    !found.markTokens.length
  );
}

const marks: Criterion = (a, b) => {
  if (unlistedMark(a, b)) return { fraction: -UNLISTED_MARK_PENALTY, reason: "notListed" };
  if (!a.markTokens.length || !b.markTokens.length) return none("unknown");
  const sb = new Set(b.markTokens);
  const common = a.markTokens.filter((t) => sb.has(t));
  const has = (prefix: string) => common.some((t) => t.startsWith(prefix));
  let f = common.some((t) => t.includes("@")) ? 0.6 : has("kind:") ? 0.25 + (has("part:") ? 0.15 : 0) : 0;
  if (common.some((t) => /^part:.+:.+$/.test(t))) f += 0.15;
  if (has("obj:")) f += 0.25;
  if (f === 0) return none("different");
  return {
    fraction: Math.min(1, f),
    reason: f >= 0.6 ? "same" : "partial",
    detail: common.filter((t) => !t.includes("@")),
  };
};

const languages: Criterion = (a, b) => {
  const common = a.languages.filter((l) => b.languages.includes(l));
  if (!common.length) return none(a.languages.length && b.languages.length ? "different" : "unknown");
  // Spanish and English are shared by most people here; Quechua or Garifuna in common says more.
  const rare = common.some((l) => l !== "es" && l !== "en");
  return { fraction: rare ? 1 : 0.3, reason: rare ? "rare" : "common", detail: common };
};

function namesOfPlace(p: MatchProfile): string[][] {
  const country = COUNTRIES.find((c) => c.code === p.countryCode);
  const region = REGIONS[p.countryCode as keyof typeof REGIONS]?.find((r) => r.code === p.regionCode);
  const names = [country?.name, country?.nameEs, region?.name].filter(Boolean).map((n) => plainWords(n));
  return p.placeWords.length ? [...names, p.placeWords] : names;
}

function containsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  if (!phrase.length) return false;
  return words.some((_, i) => phrase.every((w, j) => words[i + j] === w));
}

const place: Criterion = (a, b) => {
  const named = (from: MatchProfile, to: MatchProfile) =>
    namesOfPlace(to).some((phrase) => containsPhrase(from.circumstanceWords, phrase));
  if (a.countryCode === b.countryCode && a.regionCode && a.regionCode === b.regionCode)
    return { fraction: 1, reason: "sameRegion" };
  if (named(a, b) || named(b, a)) return { fraction: 1, reason: "destination" };
  if (a.countryCode === b.countryCode) return { fraction: 0.6, reason: "sameCountry" };
  if (areNeighbours(a.countryCode, b.countryCode)) return { fraction: 0.4, reason: "neighbour" };
  return none("far");
};

const timeGap: Criterion = (a, b) => {
  const days = Math.abs(elapsedYears(a.refDate, b.refDate)) * 365.25;
  if (days <= 30) return { fraction: 1, reason: "days" };
  if (days <= 365) return { fraction: 0.6, reason: "months" };
  if (days <= 3 * 365) return { fraction: 0.3, reason: "years" };
  return { fraction: 0.1, reason: "long" };
};

/** Clothing only means something while the person may still wear it (two months). */
const clothing: Criterion = (a, b) => {
  if (Math.abs(elapsedYears(a.refDate, b.refDate)) * 365.25 > 60) return none("tooLate");
  const r = overlapRatio(a.clothingTokens, b.clothingTokens);
  return r > 0
    ? { fraction: r, reason: "similar", detail: a.clothingTokens.filter((t) => b.clothingTokens.includes(t)) }
    : none("unknown");
};

const photo: Criterion = (a, b) =>
  a.hasPhoto && b.hasPhoto ? { fraction: 1, reason: "both" } : none("missing");

const eyes: Criterion = (a, b) => compareEyes(a.description.eyes, b.description.eyes);
const hair: Criterion = (a, b) => compareHair(a.description.hair, b.description.hair);
const build: Criterion = (a, b) => compareBuild(a.description.build, b.description.build);
const skin: Criterion = (a, b) => compareSkin(a.description.skin, b.description.skin);

/**
 * The same nationality says most where it is not the country the person was found (or, between
 * two claims, filed) in: a Bolivian girl found in Guatemala. A different one costs a little: a
 * trafficked person may give a false one, a recorder may assume the local one, some have two.
 */
const nationality: Criterion = (a, b) => {
  if (!a.nationality || !b.nationality) return none("unknown");
  if (a.nationality !== b.nationality) return { fraction: -0.3, reason: "different" };
  const foreign = a.nationality !== a.countryCode || a.nationality !== b.countryCode;
  return foreign ? { fraction: 1, reason: "sameForeign" } : { fraction: 0.3, reason: "same" };
};

export const CRITERIA: Record<CriterionKey, Criterion> = {
  name,
  marks,
  age,
  place,
  height,
  languages,
  timeGap,
  clothing,
  photo,
  eyes,
  nationality,
  hair,
  build,
  skin,
};
