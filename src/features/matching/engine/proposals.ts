// Writes the engine's proposals. One INSERT ... ON CONFLICT per pair, so two runs racing on the
// same pair (a claim filed while its found record is re-matched) end with one row:
// - a new pair is PROPOSED;
// - a PROPOSED or NEEDS_INFO pair gets the new score and breakdown;
// - a REJECTED pair comes back (PROPOSED, decision cleared) only when either record's material
//   version differs from the one it was rejected at;
// - a CONFIRMED pair is left alone.
// The second tier (status CANDIDATE, decision 162's best claims that do not stand out) is
// written by the same statement: a CANDIDATE pair that now stands out becomes PROPOSED (and is
// news for police, as a new one); a PROPOSED pair the engine put there that no longer stands
// out goes back to CANDIDATE; one a reviewer proposed (decidedById set) stays PROPOSED.
import { Prisma } from "@/generated/prisma/client";
import type { CriterionBreakdown } from "@/lib/matching/score";
import type { MatchDb } from "./load";

export interface ScoredPair {
  kind: "FOUND" | "DUPLICATE";
  caseId: string;
  /** The found person's id (FOUND) or the other claim's id (DUPLICATE). */
  otherId: string;
  caseCountryCode: string;
  otherCountryCode: string;
  score: number;
  criteria: CriterionBreakdown[];
  caseVersion: string;
  otherVersion: string;
}

export interface WrittenProposal {
  id: string;
  caseId: string;
  /** True when the pair is new, or came back after a rejection: worth telling police. */
  fresh: boolean;
}

/** Duplicates are stored once, smaller id first (the table's CHECK constraint). */
function ordered(p: ScoredPair): ScoredPair {
  if (p.kind === "FOUND" || p.caseId < p.otherId) return p;
  return {
    ...p,
    caseId: p.otherId,
    otherId: p.caseId,
    caseCountryCode: p.otherCountryCode,
    otherCountryCode: p.caseCountryCode,
    caseVersion: p.otherVersion,
    otherVersion: p.caseVersion,
  };
}

/**
 * A record changed materially since the pair was rejected at `m.<col>`. A version written before
 * the description was fingerprinted has no second part (no dot, decision 178): it is compared
 * with the new version's first part, so reading hair and eyes for the first time brings no
 * rejected pair back. The cost: for such an old rejection a later change of the description
 * alone does not bring it back either (a change of anything else still does).
 */
function changed(col: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(CASE WHEN strpos(m.${col}, '.') = 0
    THEN m.${col} <> split_part(EXCLUDED.${col}, '.', 1) ELSE m.${col} <> EXCLUDED.${col} END)`;
}

export async function upsertProposal(
  db: MatchDb,
  pair: ScoredPair,
  tier: "PROPOSED" | "CANDIDATE" = "PROPOSED",
): Promise<WrittenProposal | null> {
  const p = ordered(pair);
  if (tier === "CANDIDATE") return upsertCandidate(db, p);
  const target =
    p.kind === "FOUND" ? Prisma.sql`("caseId", "foundPersonId")` : Prisma.sql`("caseId", "otherCaseId")`;
  const otherCol = p.kind === "FOUND" ? Prisma.sql`"foundPersonId"` : Prisma.sql`"otherCaseId"`;
  // "before" reads the row as it was before this statement (a CTE sees the statement's snapshot).
  const rows = await db.$queryRaw<{ id: string; caseId: string; fresh: boolean }[]>`
    WITH before AS (SELECT "status" FROM "MatchProposal"
      WHERE "caseId" = ${p.caseId}::uuid AND ${otherCol} = ${p.otherId}::uuid)
    INSERT INTO "MatchProposal" AS m ("kind", "caseId", "foundPersonId", "otherCaseId", "caseCountryCode",
      "otherCountryCode", "score", "criteria", "caseVersion", "otherVersion", "updatedAt")
    VALUES (${p.kind}::"MatchKind", ${p.caseId}::uuid,
      ${p.kind === "FOUND" ? p.otherId : null}::uuid, ${p.kind === "DUPLICATE" ? p.otherId : null}::uuid,
      ${p.caseCountryCode}, ${p.otherCountryCode}, ${p.score}, ${JSON.stringify(p.criteria)}::jsonb,
      ${p.caseVersion}, ${p.otherVersion}, now())
    ON CONFLICT ${target} DO UPDATE SET
      "score" = EXCLUDED."score", "criteria" = EXCLUDED."criteria",
      "caseVersion" = EXCLUDED."caseVersion", "otherVersion" = EXCLUDED."otherVersion",
      "status" = CASE WHEN m."status" IN ('REJECTED', 'CANDIDATE') THEN 'PROPOSED'::"MatchStatus" ELSE m."status" END,
      "decidedById" = CASE WHEN m."status" = 'REJECTED' THEN NULL ELSE m."decidedById" END,
      "decidedAt" = CASE WHEN m."status" = 'REJECTED' THEN NULL ELSE m."decidedAt" END,
      "decisionNote" = CASE WHEN m."status" = 'REJECTED' THEN NULL ELSE m."decisionNote" END,
      "updatedAt" = now()
    WHERE m."status" IN ('PROPOSED', 'NEEDS_INFO', 'CANDIDATE')
      OR (m."status" = 'REJECTED' AND (${changed(Prisma.sql`"caseVersion"`)} OR ${changed(Prisma.sql`"otherVersion"`)}))
    RETURNING m.id, m."caseId",
      (NOT EXISTS (SELECT 1 FROM before)
        OR EXISTS (SELECT 1 FROM before WHERE "status" IN ('REJECTED', 'CANDIDATE'))) AS fresh`;
  return rows[0] ?? null;
}

/** A second-tier pair (found records only): never news, never over a reviewer's decision. */
async function upsertCandidate(db: MatchDb, p: ScoredPair): Promise<WrittenProposal | null> {
  const rows = await db.$queryRaw<{ id: string; caseId: string }[]>`
    INSERT INTO "MatchProposal" AS m ("kind", "caseId", "foundPersonId", "caseCountryCode",
      "otherCountryCode", "score", "criteria", "status", "caseVersion", "otherVersion", "updatedAt")
    VALUES ('FOUND'::"MatchKind", ${p.caseId}::uuid, ${p.otherId}::uuid, ${p.caseCountryCode},
      ${p.otherCountryCode}, ${p.score}, ${JSON.stringify(p.criteria)}::jsonb, 'CANDIDATE'::"MatchStatus",
      ${p.caseVersion}, ${p.otherVersion}, now())
    ON CONFLICT ("caseId", "foundPersonId") DO UPDATE SET
      "score" = EXCLUDED."score", "criteria" = EXCLUDED."criteria",
      "caseVersion" = EXCLUDED."caseVersion", "otherVersion" = EXCLUDED."otherVersion",
      "status" = 'CANDIDATE'::"MatchStatus", "updatedAt" = now()
    WHERE m."status" = 'CANDIDATE' OR (m."status" = 'PROPOSED' AND m."decidedById" IS NULL)
    RETURNING m.id, m."caseId"`;
  return rows[0] ? { ...rows[0], fresh: false } : null;
}

/** Pairs the engine no longer proposes or keeps (excluded, or below both tiers): withdrawn unless decided. */
export async function withdrawProposals(
  db: MatchDb,
  pairs: readonly { kind: "FOUND" | "DUPLICATE"; caseId: string; otherId: string }[],
) {
  const found = pairs.filter((p) => p.kind === "FOUND");
  const dups = pairs
    .filter((p) => p.kind === "DUPLICATE")
    .map((p) => (p.otherId < p.caseId ? [p.otherId, p.caseId] : [p.caseId, p.otherId]));
  if (found.length)
    await db.$executeRaw`DELETE FROM "MatchProposal" m
      USING unnest(${found.map((p) => p.caseId)}::uuid[], ${found.map((p) => p.otherId)}::uuid[]) AS x(c, o)
      WHERE m."caseId" = x.c AND m."foundPersonId" = x.o AND m."status" IN ('PROPOSED', 'CANDIDATE')`;
  if (dups.length)
    await db.$executeRaw`DELETE FROM "MatchProposal" m
      USING unnest(${dups.map((d) => d[0]!)}::uuid[], ${dups.map((d) => d[1]!)}::uuid[]) AS x(c, o)
      WHERE m."caseId" = x.c AND m."otherCaseId" = x.o AND m."status" = 'PROPOSED'`;
}
