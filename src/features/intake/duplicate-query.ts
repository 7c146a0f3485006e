// The possible-duplicate query. No "server-only" here: the intake benchmark times this same
// query at 1M cases; the caller (duplicates.ts) decides what to do with the matches.
import { Prisma, type PrismaClient } from "@/generated/prisma/client";

// A claim "looks like" an open case when, in the same country (and the same sandbox, or none),
// the names are trigram-similar, the ages are within a few years and the last-seen dates are
// close. Tuned to over-report: a reviewer dismisses a false match in seconds, a missed one costs
// days. See docs/decisions/011-possible-duplicates.md.
export const NAME_SIMILARITY = 0.45;
const AGE_TOLERANCE_YEARS = 3;
const LAST_SEEN_WINDOW_DAYS = 60;
const MAX_CANDIDATES = 5;

export interface NewCase {
  id: string;
  caseNumber: string;
  countryCode: string;
  searchName: string;
  practiceSessionId: string | null;
  lastSeenAt: Date;
  /** Age when last seen, if known. */
  age: number | undefined;
}

export type Match = { id: string; caseNumber: string; score: number };

/**
 * Open cases of the same country (and sandbox) that look like `c`. `%` runs at NAME_SIMILARITY
 * (SET LOCAL, so the trigram index returns ~1/5 of the rows it returns at the default 0.3), and
 * the date window is a range, so PostgreSQL intersects the trigram bitmap with the
 * (countryCode, lastSeenAt) index instead of rechecking tens of thousands of rows.
 */
export async function findPossibleDuplicates(db: PrismaClient, c: NewCase): Promise<Match[]> {
  const [, rows] = await db.$transaction([
    db.$executeRawUnsafe(`SET LOCAL pg_trgm.similarity_threshold = ${NAME_SIMILARITY}`),
    db.$queryRaw<Match[]>(duplicatesSql(c)),
  ]);
  return rows;
}

function duplicatesSql(c: NewCase): Prisma.Sql {
  const sandbox = c.practiceSessionId
    ? Prisma.sql`"practiceSessionId" = ${c.practiceSessionId}::uuid`
    : Prisma.sql`"practiceSessionId" IS NULL`;
  const age = c.age ?? null;
  const window = `${LAST_SEEN_WINDOW_DAYS} days`;
  return Prisma.sql`
    SELECT id::text AS id, "caseNumber", similarity("searchName", ${c.searchName})::float8 AS score
    FROM "Case"
    WHERE "countryCode" = ${c.countryCode}
      AND id <> ${c.id}::uuid
      AND ${sandbox}
      AND status IN ('REPORTED', 'VERIFIED', 'ACTIVE')
      AND "searchName" % ${c.searchName}
      AND similarity("searchName", ${c.searchName}) >= ${NAME_SIMILARITY}
      AND "lastSeenAt" BETWEEN ${c.lastSeenAt}::timestamp - ${window}::interval
                           AND ${c.lastSeenAt}::timestamp + ${window}::interval
      AND (
        ${age}::int IS NULL
        OR COALESCE(date_part('year', age("lastSeenAt"::date, "dateOfBirth"))::int, "approxAge") IS NULL
        OR abs(COALESCE(date_part('year', age("lastSeenAt"::date, "dateOfBirth"))::int, "approxAge") - ${age}::int)
           <= ${AGE_TOLERANCE_YEARS}
      )
    ORDER BY score DESC
    LIMIT ${MAX_CANDIDATES}`;
}
