// "This case has been quiet for 30 days": an open case (VERIFIED or ACTIVE) with no event in
// STALE_DAYS reminds the people who work it (the assigned officer, else the country team) in
// their inbox. Run daily by the "case-stale-remind" job (./jobs.ts). The dedupe key counts
// quiet periods since the last event, so a case still quiet 30 days later reminds again, and a
// repeated run on the same day writes nothing.
import "server-only";
import { notifyCaseTeam } from "@/features/inbox/data";
import type { Db } from "@/server/db";

export const STALE_DAYS = 30;
// The portal's own "Still missing?" message to the family is not work on the case: it must not
// reset the quiet clock (the family's answer, CHECK_IN_ANSWERED, does).
const AUTOMATIC = "CHECK_IN_SENT";
const DAY = 86_400_000;

export async function remindStaleCases(db: Db, now = new Date(), limit = 2000) {
  const cutoff = new Date(now.getTime() - STALE_DAYS * DAY);
  const rows = await db.$queryRaw<{ id: string; last: Date }[]>`
    SELECT c.id, COALESCE((SELECT max(e."createdAt") FROM "CaseEvent" e WHERE e."caseId" = c.id AND e.type <> ${AUTOMATIC}), c."createdAt") AS last
    FROM "Case" c
    WHERE c.status IN ('VERIFIED', 'ACTIVE') AND c."practiceSessionId" IS NULL AND c."deletedAt" IS NULL
      AND c."createdAt" < ${cutoff}
      AND NOT EXISTS (SELECT 1 FROM "CaseEvent" e WHERE e."caseId" = c.id AND e.type <> ${AUTOMATIC} AND e."createdAt" >= ${cutoff})
    ORDER BY c.id
    LIMIT ${limit}`;
  let reminded = 0;
  for (const r of rows) {
    const periods = Math.floor((now.getTime() - r.last.getTime()) / (STALE_DAYS * DAY));
    const written = await db.$transaction((tx) =>
      notifyCaseTeam(tx, r.id, {
        kind: "STALE_CASE",
        reasons: [`DAYS:${periods * STALE_DAYS}`],
        dedupeKey: `stale:${r.id}:${r.last.toISOString()}:${periods}`,
      }),
    );
    if (written) reminded++;
  }
  return { candidates: rows.length, reminded };
}
