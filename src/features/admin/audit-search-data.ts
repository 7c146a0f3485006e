import "server-only";
// Searching the admin and training trail (AuditEvent) and the case access logs, for admins with
// audit:read, over the countries they administer. Out of scope and missing answer alike: an
// empty result for a search, not found for anyone without the permission.
import type { Prisma } from "@/generated/prisma/client";
import { countryDayStart } from "@/i18n/intl";
import { recordAuditEvent } from "@/server/audit-event";
import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { adminCountryScope, can } from "@/server/policy";
import type { Viewer } from "@/server/viewer";
import type { AuditSearchInput } from "./schemas";

export const AUDIT_SEARCH_LIMIT = 200;
export const AUDIT_EXPORT_LIMIT = 10_000;

function requireAuditReader(viewer: Viewer | null) {
  const scope =
    viewer && !viewer.practiceSessionId && can(viewer, "audit:read") ? adminCountryScope(viewer) : null;
  if (!viewer || !scope) throw new NotFoundError();
  return { viewer, scope };
}

/** [from day's start, the day after `to`'s start) in the viewer's country, either side open. */
function timeRange(viewer: Viewer, q: AuditSearchInput): Prisma.DateTimeFilter | undefined {
  if (!q.from && !q.to) return undefined;
  const range: Prisma.DateTimeFilter = {};
  if (q.from) range.gte = countryDayStart(viewer.countryCode, q.from);
  if (q.to) {
    const next = new Date(`${q.to}T00:00:00.000Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    range.lt = countryDayStart(viewer.countryCode, next.toISOString().slice(0, 10));
  }
  return range;
}

const contains = (s: string) => ({ contains: s, mode: "insensitive" as const });

export interface AuditSearchResult {
  events: {
    id: string;
    createdAt: Date;
    actorEmail: string | null;
    action: string;
    targetType: string;
    targetId: string;
    countryCode: string | null;
    before: Prisma.JsonValue;
    after: Prisma.JsonValue;
  }[];
  accesses: {
    id: string;
    createdAt: Date;
    action: string;
    reason: string | null;
    caseNumber: string;
    userEmail: string;
    userName: string;
  }[];
  /** The viewer's country: the zone the page shows times in. */
  countryCode: string;
  limit: number;
}

/**
 * Both logs, newest first, filtered by user (email or name, part of it), case number (the
 * trail names no case: a case number narrows to access logs) and days. The search itself is
 * recorded in the trail, filters included: looking at who looked is a sensitive read too.
 */
export async function searchAudit(
  viewerOrNull: Viewer | null,
  q: AuditSearchInput,
  opts: { limit?: number; export?: boolean } = {},
): Promise<AuditSearchResult> {
  const { viewer, scope } = requireAuditReader(viewerOrNull);
  const limit = opts.limit ?? AUDIT_SEARCH_LIMIT;
  const createdAt = timeRange(viewer, q);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const matchingUsers = q.user
      ? (
          await tx.user.findMany({
            where: { OR: [{ email: contains(q.user) }, { name: contains(q.user) }] },
            select: { id: true },
            take: 1000,
          })
        ).map((u) => u.id)
      : null;
    const events = q.caseNumber
      ? []
      : await tx.auditEvent.findMany({
          where: {
            ...scope,
            ...(createdAt ? { createdAt } : {}),
            ...(matchingUsers
              ? { OR: [{ actorEmail: contains(q.user) }, { actorUserId: { in: matchingUsers } }] }
              : {}),
          },
          orderBy: { createdAt: "desc" },
          take: limit,
          select: {
            id: true,
            createdAt: true,
            actorEmail: true,
            action: true,
            targetType: true,
            targetId: true,
            countryCode: true,
            before: true,
            after: true,
          },
        });
    const rows = await tx.caseAccessLog.findMany({
      where: {
        case: { practiceSessionId: null, ...scope, ...(q.caseNumber ? { caseNumber: q.caseNumber } : {}) },
        ...(createdAt ? { createdAt } : {}),
        ...(matchingUsers ? { userId: { in: matchingUsers } } : {}),
      },
      orderBy: { createdAt: "desc" },
      take: limit,
      select: {
        id: true,
        createdAt: true,
        action: true,
        reason: true,
        case: { select: { caseNumber: true } },
        user: { select: { email: true, name: true } },
      },
    });
    await recordAuditEvent(tx, viewer, {
      action: opts.export ? "audit.export" : "audit.search",
      targetType: "Audit",
      targetId: "search",
      countryCode: scope.countryCode ?? null,
      after: { ...q },
    });
    return {
      events,
      accesses: rows.map((r) => ({
        id: r.id,
        createdAt: r.createdAt,
        action: r.action,
        reason: r.reason,
        caseNumber: r.case.caseNumber,
        userEmail: r.user.email,
        userName: r.user.name,
      })),
      countryCode: viewer.countryCode,
      limit,
    };
  });
}
