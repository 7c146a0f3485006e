// The matching engine's one entry point: given a claim or a found record that is new or changed
// materially, find candidates of the other kind (and other claims, for duplicates) in SQL, score
// them with the pure core (src/lib/matching) and write the proposals above the threshold.
// No "server-only": the seed and the benchmark run it too. See decision 096.
import type { PrismaClient } from "@/generated/prisma/client";
import { materialFingerprint } from "@/lib/matching/build-profile";
import type { MatchProfile } from "@/lib/matching/profile";
import { compareProfiles, REVIEW_THRESHOLD } from "@/lib/matching/score";
import { claimCandidatesForClaim, claimCandidatesForFound, foundCandidatesForClaim } from "./candidates";
import { loadClaims, loadFound, type LoadedClaim, type MatchDb } from "./load";
import { upsertProposal, withdrawProposals, type ScoredPair, type WrittenProposal } from "./proposals";

export type MatchRef = { kind: "claim" | "found"; id: string };

/** Proposals kept per record and kind: the reviewer's list, best first (the benchmark's recall@10). */
export const MAX_PROPOSALS = 10;

export type MatchTx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export interface MatchHooks {
  /** Runs in the transaction that wrote the proposals, with the new (or re-opened) ones. */
  onFresh?: (tx: MatchTx, fresh: WrittenProposal[]) => Promise<void>;
  /** Interactive-transaction limits (the app passes its configured timeouts). */
  transaction?: { maxWait?: number; timeout?: number };
}

export interface MatchRun {
  candidates: number;
  proposals: WrittenProposal[];
}

type Scored = { pair: ScoredPair | null; kind: ScoredPair["kind"]; caseId: string; otherId: string };

function pairOf(kind: ScoredPair["kind"], claim: MatchProfile, other: MatchProfile): Scored {
  const r = compareProfiles(claim, other);
  const base = { kind, caseId: claim.id, otherId: other.id };
  if (r.excluded || r.score < REVIEW_THRESHOLD) return { ...base, pair: null };
  return {
    ...base,
    pair: {
      ...base,
      caseCountryCode: claim.countryCode,
      otherCountryCode: other.countryCode,
      score: r.score,
      criteria: r.criteria,
      caseVersion: materialFingerprint(claim),
      otherVersion: materialFingerprint(other),
    },
  };
}

function openProfiles(m: Map<string, { profile: MatchProfile; open: boolean }>): MatchProfile[] {
  return [...m.values()].filter((x) => x.open).map((x) => x.profile);
}

async function scoreFound(db: MatchDb, id: string): Promise<{ scored: Scored[]; candidates: number } | null> {
  const found = (await loadFound(db, [id])).get(id);
  if (!found?.open) return null;
  const ids = await claimCandidatesForFound(db, found.profile);
  const claims = openProfiles(await loadClaims(db, ids));
  return { scored: claims.map((c) => pairOf("FOUND", c, found.profile)), candidates: ids.length };
}

async function scoreClaim(db: MatchDb, id: string): Promise<{ scored: Scored[]; candidates: number } | null> {
  const claim: LoadedClaim | undefined = (await loadClaims(db, [id])).get(id);
  if (!claim?.open) return null;
  const [foundIds, claimIds] = await Promise.all([
    foundCandidatesForClaim(db, claim.profile),
    claimCandidatesForClaim(db, claim.profile),
  ]);
  const [found, others] = await Promise.all([loadFound(db, foundIds), loadClaims(db, claimIds)]);
  const scored = [
    ...openProfiles(found).map((f) => pairOf("FOUND", claim.profile, f)),
    ...openProfiles(others).map((o) => pairOf("DUPLICATE", claim.profile, o)),
  ];
  return { scored, candidates: foundIds.length + claimIds.length };
}

/** The best MAX_PROPOSALS pairs of each kind; the rest count as not proposed. */
function keepBest(scored: Scored[]): { keep: ScoredPair[]; drop: Scored[] } {
  const keep: ScoredPair[] = [];
  const drop: Scored[] = [];
  for (const kind of ["FOUND", "DUPLICATE"] as const) {
    const mine = scored.filter((s) => s.kind === kind);
    const above = mine.filter((s) => s.pair).sort((a, b) => b.pair!.score - a.pair!.score);
    keep.push(...above.slice(0, MAX_PROPOSALS).map((s) => s.pair!));
    drop.push(...above.slice(MAX_PROPOSALS), ...mine.filter((s) => !s.pair));
  }
  return { keep, drop };
}

/**
 * Matches one record against everything. Idempotent: running it twice writes the same rows. A
 * closed, located, identified or practice record is not matched (returns no proposals).
 */
export async function matchRecord(
  db: PrismaClient,
  ref: MatchRef,
  hooks: MatchHooks = {},
): Promise<MatchRun> {
  const result = ref.kind === "found" ? await scoreFound(db, ref.id) : await scoreClaim(db, ref.id);
  if (!result) return { candidates: 0, proposals: [] };
  const { keep, drop } = keepBest(result.scored);
  // Withdrawing is idempotent clean-up and needs no transaction; writing opens one only when
  // there is something to write, with the rows in one order (two runs never deadlock).
  await withdrawProposals(db, drop);
  if (!keep.length) return { candidates: result.candidates, proposals: [] };
  keep.sort((a, b) => (a.caseId + a.otherId < b.caseId + b.otherId ? -1 : 1));
  const proposals = await db.$transaction(async (tx) => {
    const written: WrittenProposal[] = [];
    for (const pair of keep) {
      const w = await upsertProposal(tx, pair);
      if (w) written.push(w);
    }
    const fresh = written.filter((w) => w.fresh);
    if (fresh.length && hooks.onFresh) await hooks.onFresh(tx, fresh);
    return written;
  }, hooks.transaction);
  return { candidates: result.candidates, proposals };
}
