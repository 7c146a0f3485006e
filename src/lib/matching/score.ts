// Compares two profiles: a hard exclusion ends it; otherwise every criterion contributes points
// (fraction x weight) and the total is a 0..1 score. The breakdown is stored with the proposal
// and shown criterion by criterion on the review page.
import { CRITERIA, WEIGHTS, type CriterionKey } from "./criteria";
import { exclusionFor, type Exclusion } from "./exclusions";
import type { MatchProfile } from "./profile";

/** Proposals at or above this score go to the review queue (tuned by npm run bench:match). */
export const REVIEW_THRESHOLD = 0.45;
const TOTAL_WEIGHT = Object.values(WEIGHTS).reduce((s, w) => s + w, 0);

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
  const score = criteria.reduce((s, c) => s + c.points, 0) / TOTAL_WEIGHT;
  return { excluded: null, score: Math.round(score * 1000) / 1000, criteria };
}
