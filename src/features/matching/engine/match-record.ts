// The matching engine's one entry point: given a claim or a found record that is new or changed
// materially, find candidates of the other kind (and other claims, for duplicates) in SQL, score
// them with the pure core (src/lib/matching) and write the proposals above the threshold.
// No "server-only": the seed and the benchmark run it too. See decision 096.
import type { PrismaClient } from "@/generated/prisma/client";
import { materialFingerprint } from "@/lib/matching/build-profile";
import type { MatchProfile } from "@/lib/matching/profile";
import {
  compareProfiles,
  REVIEW_THRESHOLD,
  SECOND_TIER_FLOOR,
  SECOND_TIER_SIZE,
  standingOut,
} from "@/lib/matching/score";
import { claimCandidatesForClaim, claimCandidatesForFound, foundCandidatesForClaim } from "./candidates";
import { loadClaims, loadFound, type LoadedClaim, type MatchDb } from "./load";
import { upsertProposal, withdrawProposals, type ScoredPair, type WrittenProposal } from "./proposals";

export type MatchRef = { kind: "claim" | "found"; id: string };

/** Proposals kept per record and kind: the reviewer's list, best first. */
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

/** `score` is null when a hard exclusion applies; `pair` only at or above the second tier's floor. */
type Scored = {
  pair: ScoredPair | null;
  score: number | null;
  kind: ScoredPair["kind"];
  caseId: string;
  otherId: string;
};

function pairOf(kind: ScoredPair["kind"], claim: MatchProfile, other: MatchProfile): Scored {
  const r = compareProfiles(claim, other);
  const base = { kind, caseId: claim.id, otherId: other.id, score: r.excluded ? null : r.score };
  const floor = kind === "FOUND" ? SECOND_TIER_FLOOR : REVIEW_THRESHOLD;
  if (r.excluded || r.score < floor) return { ...base, pair: null };
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

/** Best first; ties in id order so two runs over the same rows keep the same pairs. */
const byScore = (a: Scored, b: Scored) =>
  (b.score ?? -1) - (a.score ?? -1) || (a.caseId + a.otherId < b.caseId + b.otherId ? -1 : 1);

/**
 * What to write. A found record's claims (found side) go to the queue only where they stand out
 * from the other claims it could be (decision 162); its next SECOND_TIER_SIZE best at or above
 * the floor are kept as the second tier (status CANDIDATE: shown on the two records' pages, not
 * queued). From a claim's side, missing-vs-found pairs are decided by re-matching their found
 * records (`refound`), since standing out is among a found record's claims. Duplicates: the
 * best MAX_PROPOSALS above the threshold. The rest is neither proposed nor kept.
 */
function keepBest(
  scored: Scored[],
  side: MatchRef["kind"],
): { keep: ScoredPair[]; second: ScoredPair[]; drop: Scored[]; refound: string[] } {
  const keep: ScoredPair[] = [];
  const second: ScoredPair[] = [];
  const drop: Scored[] = [];
  const found = scored.filter((s) => s.kind === "FOUND").sort(byScore);
  let refound: string[] = [];
  if (side === "found") {
    const chosen = new Set<Scored>(
      standingOut(found.filter((s): s is Scored & { score: number } => s.score !== null)),
    );
    keep.push(...[...chosen].map((s) => s.pair!));
    const rest = found.filter((s) => !chosen.has(s));
    const tier = rest.filter((s) => s.pair).slice(0, SECOND_TIER_SIZE);
    second.push(...tier.map((s) => s.pair!));
    drop.push(...rest.filter((s) => !tier.includes(s)));
  } else {
    // The cost is bounded: at most MAX_PROPOSALS found records are re-matched per claim.
    refound = found
      .filter((s) => s.pair)
      .slice(0, MAX_PROPOSALS)
      .map((s) => s.otherId);
    drop.push(...found.filter((s) => !s.pair));
  }
  const dups = scored.filter((s) => s.kind === "DUPLICATE");
  const above = dups.filter((s) => s.pair).sort(byScore);
  keep.push(...above.slice(0, MAX_PROPOSALS).map((s) => s.pair!));
  drop.push(...above.slice(MAX_PROPOSALS), ...dups.filter((s) => !s.pair));
  return { keep, second, drop, refound };
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
  const { keep, second, drop, refound } = keepBest(result.scored, ref.kind);
  // Withdrawing is idempotent clean-up and needs no transaction; writing opens one only when
  // there is something to write, with the rows in one order (two runs never deadlock).
  await withdrawProposals(db, drop);
  const byIds = (a: ScoredPair, b: ScoredPair) => (a.caseId + a.otherId < b.caseId + b.otherId ? -1 : 1);
  keep.sort(byIds);
  const proposals = keep.length ? await writeProposals(db, keep, hooks) : [];
  // The second tier needs no transaction (each row on its own, nobody is told).
  for (const pair of second.sort(byIds)) await upsertProposal(db, pair, "CANDIDATE");
  // A new or changed claim may now stand out (or no longer) among a found record's claims.
  for (const id of refound)
    proposals.push(...(await matchRecord(db, { kind: "found", id }, hooks)).proposals);
  return { candidates: result.candidates, proposals };
}

async function writeProposals(db: PrismaClient, keep: ScoredPair[], hooks: MatchHooks) {
  return db.$transaction(async (tx) => {
    const written: WrittenProposal[] = [];
    for (const pair of keep) {
      const w = await upsertProposal(tx, pair);
      if (w) written.push(w);
    }
    const fresh = written.filter((w) => w.fresh);
    if (fresh.length && hooks.onFresh) await hooks.onFresh(tx, fresh);
    return written;
  }, hooks.transaction);
}
