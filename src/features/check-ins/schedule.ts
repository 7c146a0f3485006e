// The daily "Still missing?" run (job "check-in-send", ./jobs.ts): finds open cases whose next
// check-in is due (./due.ts) and, per case in one transaction, writes the CheckIn row, a
// CHECK_IN_SENT case event and the outbox rows (email and/or SMS, as the reporter opted in).
// The row is unique per (case, number) and written first with ON CONFLICT DO NOTHING, and the
// outbox key is `check-in:<case>:<number>` per recipient and channel: a rerun, or two runs at
// once, send nothing twice.
import "server-only";
import { messageReporter } from "@/features/notifications/data";
import { recordCaseEvent } from "@/server/audit";
import type { Db } from "@/server/db";
import { familySaidCameHome } from "./family-answer-data";
import { checkInExpiry, CHECK_IN_DAYS, CHECK_IN_STATUSES, dueCheckInNumber, filedBefore } from "./due";

interface DueRow {
  id: string;
  createdAt: Date;
  lastSent: number;
}

/**
 * Open, real (not practice), not-merged cases whose reporter can be reached and who have not
 * already told us the person came home, filed long enough ago for a check-in they have not had.
 */
async function dueCases(db: Db, now: Date, limit: number): Promise<DueRow[]> {
  const [first, second, third] = CHECK_IN_DAYS.map((_, i) => filedBefore(now, i));
  const rows = await db.$queryRaw<{ id: string; createdAt: Date; lastSent: number }[]>`
    SELECT c.id, c."createdAt", COALESCE(max(k.number), 0)::int AS "lastSent"
    FROM "Case" c
    LEFT JOIN "CheckIn" k ON k."caseId" = c.id
    WHERE c.status::text = ANY(${[...CHECK_IN_STATUSES]}::text[])
      AND c."practiceSessionId" IS NULL AND c."deletedAt" IS NULL AND c."duplicateOfId" IS NULL
      AND c."createdAt" <= ${first}
      AND ((c."notifyByEmail" AND c."reporterEmail" IS NOT NULL)
        OR (c."notifyByPhone" AND c."reporterPhone" IS NOT NULL))
    GROUP BY c.id
    HAVING COALESCE(max(k.number), 0) <
        CASE WHEN c."createdAt" <= ${third} THEN 3 WHEN c."createdAt" <= ${second} THEN 2 ELSE 1 END
      AND NOT COALESCE(bool_or(k.answer = 'CAME_HOME'), false) AND NOT ${familySaidCameHome}
    ORDER BY c."createdAt", c.id
    LIMIT ${limit}`;
  return rows;
}

/** Sends one case's due check-in; false when another run already wrote it. */
async function sendCheckIn(db: Db, row: DueRow, now: Date): Promise<boolean> {
  const number = dueCheckInNumber(row.createdAt, now, row.lastSent);
  if (number === null) return false;
  return db.$transaction(async (tx) => {
    const [checkIn] = await tx.checkIn.createManyAndReturn({
      data: [{ caseId: row.id, number, createdAt: now, expiresAt: checkInExpiry(now) }],
      skipDuplicates: true,
      select: { id: true },
    });
    if (!checkIn) return false;
    await recordCaseEvent(tx, {
      caseId: row.id,
      actorKind: "SYSTEM",
      type: "CHECK_IN_SENT",
      field: "checkIn",
      newValue: String(number),
    });
    await messageReporter(tx, row.id, {
      eventKey: `check-in:${row.id}:${number}`,
      template: "family.checkIn",
      params: { checkInId: checkIn.id },
    });
    return true;
  });
}

/** One run: every due case, in batches of `limit`. Safe to repeat and to run twice at once. */
export async function sendDueCheckIns(db: Db, now = new Date(), limit = 500) {
  let candidates = 0;
  let sent = 0;
  for (let batch = 0; batch < 100; batch++) {
    const rows = await dueCases(db, now, limit);
    candidates += rows.length;
    let sentThisBatch = 0;
    for (const row of rows) if (await sendCheckIn(db, row, now)) sentThisBatch++;
    sent += sentThisBatch;
    // A batch that wrote nothing new would be selected again (another run took it): stop.
    if (rows.length < limit || sentThisBatch === 0) break;
  }
  return { candidates, sent };
}
