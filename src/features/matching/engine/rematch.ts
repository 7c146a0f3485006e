// Re-matching in batches with a cursor (the last id done), so a long run that stops can go on
// from where it was. The seed runs it over the demo's found records; a job can run it over all.
import type { PrismaClient } from "@/generated/prisma/client";
import { matchRecord, type MatchHooks } from "./match-record";

export interface RematchProgress {
  /** The last record id matched; pass it back as `after` to resume. */
  last: string | null;
  matched: number;
  proposals: number;
  done: boolean;
}

/** Matches up to `limit` open found records after `after` (by id) against every claim. */
export async function rematchFound(
  db: PrismaClient,
  opts: { after?: string | null; limit?: number; hooks?: MatchHooks } = {},
): Promise<RematchProgress> {
  const limit = opts.limit ?? 100;
  const rows = await db.foundPerson.findMany({
    where: {
      status: { in: ["OPEN", "UNDER_REVIEW"] },
      identifiedCaseId: null,
      practiceSessionId: null,
      ...(opts.after ? { id: { gt: opts.after } } : {}),
    },
    orderBy: { id: "asc" },
    take: limit,
    select: { id: true },
  });
  let proposals = 0;
  for (const r of rows)
    proposals += (await matchRecord(db, { kind: "found", id: r.id }, opts.hooks)).proposals.length;
  return {
    last: rows.at(-1)?.id ?? opts.after ?? null,
    matched: rows.length,
    proposals,
    done: rows.length < limit,
  };
}

/** Matches up to `limit` open real claims after `after` (by id): found records and duplicates. */
export async function rematchClaims(
  db: PrismaClient,
  opts: { after?: string | null; limit?: number; hooks?: MatchHooks } = {},
): Promise<RematchProgress> {
  const limit = opts.limit ?? 200;
  const rows = await db.case.findMany({
    where: {
      practiceSessionId: null,
      duplicateOfId: null,
      status: { in: ["REPORTED", "VERIFIED", "ACTIVE"] },
      ...(opts.after ? { id: { gt: opts.after } } : {}),
    },
    orderBy: { id: "asc" },
    take: limit,
    select: { id: true },
  });
  let proposals = 0;
  for (const r of rows)
    proposals += (await matchRecord(db, { kind: "claim", id: r.id }, opts.hooks)).proposals.length;
  return {
    last: rows.at(-1)?.id ?? opts.after ?? null,
    matched: rows.length,
    proposals,
    done: rows.length < limit,
  };
}
