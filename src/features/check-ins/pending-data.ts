// The staff view of family check-ins (decision 149): which families are due or overdue for a
// "Still missing?" in the officer's cases. One SQL statement under the viewer's write scope: the
// cases the officer works (own country, their region when they have one).
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/server/db";
import { can, caseWriteAccess } from "@/server/policy";
import { scopeSql } from "@/server/scope-sql";
import type { Viewer } from "@/server/viewer";
import { CHECK_IN_DAYS, CHECK_IN_STATUSES, filedBefore } from "./due";
import { familySaidCameHome } from "./family-answer-data";
import type { PendingFilter, PendingState } from "./schemas";

export const PENDING_PAGE_SIZE = 50;
const DAY = 86_400_000;

/**
 * OVERDUE: the last check-in sent went unanswered and its link expired (call the family).
 * DUE: a check-in is due and was not sent (the family gave no way to message them, or the daily
 * job has not reached the case yet): ask the family yourself. AWAITING: sent, not yet answered.
 */
export interface PendingCheckIn {
  caseNumber: string;
  name: string;
  countryCode: string;
  state: PendingState;
  /** The check-in number concerned (1-3). */
  number: number;
  /** When it fell due (DUE), was sent (AWAITING) or expired (OVERDUE). */
  since: Date;
  assignedToViewer: boolean;
  /** How the family can be reached by message; none = only by the phone on the report. */
  channels: ("EMAIL" | "SMS")[];
}

interface Row {
  caseNumber: string;
  givenNames: string;
  familyNames: string;
  countryCode: string;
  createdAt: Date;
  assignedUserId: string | null;
  byEmail: boolean;
  bySms: boolean;
  dueNumber: number;
  lastNumber: number | null;
  lastSentAt: Date | null;
  lastExpiresAt: Date | null;
  lastAnswered: boolean | null;
  state: PendingState;
}

function pendingSql(viewer: Viewer, filter: PendingFilter, now: Date): Prisma.Sql {
  const [first, second, third] = CHECK_IN_DAYS.map((_, i) => filedBefore(now, i));
  const region = viewer.regionId
    ? Prisma.sql`AND (c."regionId" = ${viewer.regionId}::uuid OR c."regionId" IS NULL)`
    : Prisma.empty;
  const mine = filter.mine ? Prisma.sql`AND c."assignedUserId" = ${viewer.id}::uuid` : Prisma.empty;
  const state = filter.state
    ? Prisma.sql`WHERE state = ${filter.state}`
    : Prisma.sql`WHERE state IS NOT NULL`;
  return Prisma.sql`
    SELECT * FROM (
      SELECT c."caseNumber", c."givenNames", c."familyNames", c."countryCode", c."createdAt",
        c."assignedUserId",
        (c."notifyByEmail" AND c."reporterEmail" IS NOT NULL) AS "byEmail",
        (c."notifyByPhone" AND c."reporterPhone" IS NOT NULL) AS "bySms",
        d.due AS "dueNumber", k.number AS "lastNumber", k."createdAt" AS "lastSentAt",
        k."expiresAt" AS "lastExpiresAt", k.answer IS NOT NULL AS "lastAnswered",
        CASE
          WHEN k.id IS NOT NULL AND k.answer IS NULL AND k."expiresAt" < ${now} THEN 'OVERDUE'
          WHEN d.due > COALESCE(k.number, 0) THEN 'DUE'
          WHEN k.id IS NOT NULL AND k.answer IS NULL THEN 'AWAITING'
        END AS state
      FROM "Case" c
      CROSS JOIN LATERAL (SELECT CASE WHEN c."createdAt" <= ${third} THEN 3
        WHEN c."createdAt" <= ${second} THEN 2 ELSE 1 END AS due) d
      LEFT JOIN LATERAL (SELECT * FROM "CheckIn" ci WHERE ci."caseId" = c.id
        ORDER BY ci.number DESC LIMIT 1) k ON TRUE
      WHERE ${scopeSql(caseWriteAccess(viewer, "case:updateStatus"))} ${region} ${mine}
        AND c.status::text = ANY(${[...CHECK_IN_STATUSES]}::text[])
        AND c."duplicateOfId" IS NULL AND c."createdAt" <= ${first}
        AND NOT EXISTS (SELECT 1 FROM "CheckIn" h WHERE h."caseId" = c.id AND h.answer = 'CAME_HOME')
        AND NOT ${familySaidCameHome}
    ) p
    ${state}
    ORDER BY CASE state WHEN 'OVERDUE' THEN 0 WHEN 'DUE' THEN 1 ELSE 2 END, "createdAt", "caseNumber"
    LIMIT ${PENDING_PAGE_SIZE + 1} OFFSET ${(filter.page - 1) * PENDING_PAGE_SIZE}`;
}

function toEntry(viewer: Viewer, r: Row): PendingCheckIn {
  const dueNumber = Number(r.dueNumber);
  const number = r.state === "DUE" ? dueNumber : Number(r.lastNumber);
  const since =
    r.state === "DUE"
      ? new Date(r.createdAt.getTime() + CHECK_IN_DAYS[dueNumber - 1]! * DAY)
      : r.state === "OVERDUE"
        ? r.lastExpiresAt!
        : r.lastSentAt!;
  return {
    caseNumber: r.caseNumber,
    name: `${r.givenNames} ${r.familyNames}`,
    countryCode: r.countryCode,
    state: r.state,
    number,
    since,
    assignedToViewer: r.assignedUserId === viewer.id,
    channels: [...(r.byEmail ? (["EMAIL"] as const) : []), ...(r.bySms ? (["SMS"] as const) : [])],
  };
}

/** One page of the viewer's families to check in with, overdue first; [] for other roles. */
export async function listPendingCheckIns(
  viewer: Viewer,
  filter: PendingFilter,
  now = new Date(),
): Promise<{ rows: PendingCheckIn[]; hasMore: boolean }> {
  if (!can(viewer, "case:updateStatus") || viewer.practiceSessionId) return { rows: [], hasMore: false };
  const rows = await (await getDb()).$queryRaw<Row[]>(pendingSql(viewer, filter, now));
  return {
    rows: rows.slice(0, PENDING_PAGE_SIZE).map((r) => toEntry(viewer, r)),
    hasMore: rows.length > PENDING_PAGE_SIZE,
  };
}
