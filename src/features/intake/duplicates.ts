import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { recordCaseEvent } from "@/server/audit";
import type { Tx } from "@/server/db";

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

/**
 * Marks the new case and each similar open case as possible duplicates, with a candidate row
 * and a history event on both. Runs inside the filing transaction: after the counter lock, so
 * a claim filed a moment earlier in the same country is already visible.
 */
export async function flagPossibleDuplicates(tx: Tx, c: NewCase): Promise<number> {
  const sandbox = c.practiceSessionId
    ? Prisma.sql`"practiceSessionId" = ${c.practiceSessionId}::uuid`
    : Prisma.sql`"practiceSessionId" IS NULL`;
  const age = c.age ?? null;
  const matches = await tx.$queryRaw<{ id: string; caseNumber: string; score: number }[]>`
    SELECT id, "caseNumber", similarity("searchName", ${c.searchName})::float8 AS score
    FROM "Case"
    WHERE "countryCode" = ${c.countryCode}
      AND id <> ${c.id}::uuid
      AND ${sandbox}
      AND status IN ('REPORTED', 'VERIFIED', 'ACTIVE')
      AND "searchName" % ${c.searchName}
      AND similarity("searchName", ${c.searchName}) >= ${NAME_SIMILARITY}
      AND abs(extract(epoch FROM ("lastSeenAt" - ${c.lastSeenAt}::timestamp))) <= ${LAST_SEEN_WINDOW_DAYS * 86400}
      AND (
        ${age}::int IS NULL
        OR COALESCE(date_part('year', age("lastSeenAt"::date, "dateOfBirth"))::int, "approxAge") IS NULL
        OR abs(COALESCE(date_part('year', age("lastSeenAt"::date, "dateOfBirth"))::int, "approxAge") - ${age}::int)
           <= ${AGE_TOLERANCE_YEARS}
      )
    ORDER BY score DESC
    LIMIT ${MAX_CANDIDATES}`;
  if (matches.length === 0) return 0;
  await tx.case.updateMany({
    where: { id: { in: [c.id, ...matches.map((m) => m.id)] } },
    data: { possibleDuplicate: true },
  });
  await tx.duplicateCandidate.createMany({
    data: matches.map((m) => ({ caseId: c.id, otherCaseId: m.id, score: m.score })),
    skipDuplicates: true,
  });
  for (const m of matches) {
    const common = { actorKind: "SYSTEM" as const, type: "POSSIBLE_DUPLICATE", field: "possibleDuplicate" };
    await recordCaseEvent(tx, { ...common, caseId: m.id, newValue: c.caseNumber });
    await recordCaseEvent(tx, { ...common, caseId: c.id, newValue: m.caseNumber });
  }
  return matches.length;
}
