// Writes the engine's proposals. One INSERT ... ON CONFLICT per pair, so two runs racing on the
// same pair (a claim filed while its found record is re-matched) end with one row:
// - a new pair is PROPOSED;
// - a PROPOSED or NEEDS_INFO pair gets the new score and breakdown;
// - a REJECTED pair comes back (PROPOSED, decision cleared) only when either record's material
//   version differs from the one it was rejected at;
// - a CONFIRMED pair is left alone.
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

export async function upsertProposal(db: MatchDb, pair: ScoredPair): Promise<WrittenProposal | null> {
  const p = ordered(pair);
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
      "status" = CASE WHEN m."status" = 'REJECTED' THEN 'PROPOSED'::"MatchStatus" ELSE m."status" END,
      "decidedById" = CASE WHEN m."status" = 'REJECTED' THEN NULL ELSE m."decidedById" END,
      "decidedAt" = CASE WHEN m."status" = 'REJECTED' THEN NULL ELSE m."decidedAt" END,
      "decisionNote" = CASE WHEN m."status" = 'REJECTED' THEN NULL ELSE m."decisionNote" END,
      "updatedAt" = now()
    WHERE m."status" IN ('PROPOSED', 'NEEDS_INFO')
      OR (m."status" = 'REJECTED'
          AND (m."caseVersion" <> EXCLUDED."caseVersion" OR m."otherVersion" <> EXCLUDED."otherVersion"))
    RETURNING m.id, m."caseId",
      (NOT EXISTS (SELECT 1 FROM before) OR EXISTS (SELECT 1 FROM before WHERE "status" = 'REJECTED')) AS fresh`;
  return rows[0] ?? null;
}

/** Pairs the engine no longer proposes (now excluded or below the threshold): withdrawn unless decided. */
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
      WHERE m."caseId" = x.c AND m."foundPersonId" = x.o AND m."status" = 'PROPOSED'`;
  if (dups.length)
    await db.$executeRaw`DELETE FROM "MatchProposal" m
      USING unnest(${dups.map((d) => d[0]!)}::uuid[], ${dups.map((d) => d[1]!)}::uuid[]) AS x(c, o)
      WHERE m."caseId" = x.c AND m."otherCaseId" = x.o AND m."status" = 'PROPOSED'`;
}
