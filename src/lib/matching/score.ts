// Compares two profiles: a hard exclusion ends it; otherwise every criterion contributes points
// (fraction x weight) and the total is a 0..1 score. The breakdown is stored with the proposal
// and shown criterion by criterion on the review page.
import { CRITERIA, WEIGHTS, type CriterionKey } from "./criteria";
import { exclusionFor, type Exclusion } from "./exclusions";
import type { MatchProfile } from "./profile";

/** No pair below this score goes to the review queue (tuned by npm run bench:match, decision 162). */
export const REVIEW_THRESHOLD = 0.55;
/**
 * A found record's proposals must also stand out from the claims it could otherwise be: the best
 * one (or the best two: the same person may have two claims) ahead of the next by this margin.
 */
export const STAND_OUT_MARGIN = 0.05;
export const STAND_OUT_GROUP = 2;
/**
 * The second tier: a found record's best claims that do not stand out, at most this many at or
 * above the floor (the review threshold before decision 162), kept for the found record's page
 * and the claim's page (police open them; photos side by side tell namesakes apart).
 */
export const SECOND_TIER_SIZE = 5;
export const SECOND_TIER_FLOOR = 0.45;
/**
 * The physical description (decision 178) adds or takes points on top of the scale the other
 * criteria set, rather than widening it: most records filed before it (and most found records)
 * describe little, and dividing by a larger total would have lowered every such pair below the
 * thresholds tuned on that scale (decisions 162, 169). A pair that agrees on everything may pass
 * the total; the score is capped at 1.
 */
export const DESCRIPTION_KEYS: readonly CriterionKey[] = ["eyes", "nationality", "hair", "build", "skin"];
const TOTAL_WEIGHT = (Object.keys(WEIGHTS) as CriterionKey[])
  .filter((k) => !DESCRIPTION_KEYS.includes(k))
  .reduce((s, k) => s + WEIGHTS[k], 0);

export interface CriterionBreakdown {
  key: CriterionKey;
  points: number;
  weight: number;
  reason: string;
  detail?: string[];
}

export type MatchResult =
  { excluded: Exclusion } | { excluded: null; score: number; criteria: CriterionBreakdown[] };

export function compareProfiles(a: MatchProfile, b: MatchProfile): MatchResult {
  const excluded = exclusionFor(a, b);
  if (excluded) return { excluded };
  const criteria = (Object.keys(WEIGHTS) as CriterionKey[]).map((key) => {
    const r = CRITERIA[key](a, b);
    const points = Math.round(r.fraction * WEIGHTS[key] * 10) / 10;
    return { key, points, weight: WEIGHTS[key], reason: r.reason, ...(r.detail ? { detail: r.detail } : {}) };
  });
  // A criterion may take points (a mark the found record does not list); the score stays >= 0.
  // The description may add points beyond the total (see DESCRIPTION_KEYS); it stays <= 1.
  const score = Math.min(1, Math.max(0, criteria.reduce((s, c) => s + c.points, 0) / TOTAL_WEIGHT));
  return { excluded: null, score: Math.round(score * 1000) / 1000, criteria };
}

/**
 * The pairs of one found record that go to the review queue, from all of its scored (not
 * excluded) candidates sorted best first: the first k (k <= STAND_OUT_GROUP) when the k-th is at
 * or above the threshold and STAND_OUT_MARGIN ahead of the next candidate, or none. A one-word
 * name shared by hundreds of claims ties them with the true one on name, sex and age; proposing
 * all ten best made nine in ten proposals strangers (bench:match, decision 162), so a found
 * record is proposed with a claim only when something in the record sets that claim apart.
 */
export function standingOut<T extends { score: number }>(ranked: readonly T[]): T[] {
  for (let k = 1; k <= STAND_OUT_GROUP; k++) {
    const last = ranked[k - 1];
    if (!last || last.score < REVIEW_THRESHOLD) return [];
    const next = ranked[k];
    // Scores are rounded to 0.001; the epsilon keeps 0.60 - 0.55 from counting as below 0.05.
    if (!next || last.score - next.score >= STAND_OUT_MARGIN - 1e-9) return ranked.slice(0, k);
  }
  return [];
}
