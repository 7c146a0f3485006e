import "server-only";
import type { InboxKind, Role } from "@/generated/prisma/enums";
import type { Tx } from "@/server/db";
import { isEmailedKind, queueAlertEmails } from "./alert-email-data";

// How other features put something in staff inboxes. Always call inside the transaction of the
// event that causes the item (claim filed, tip stored, check-in answered, match found...), so the
// item exists exactly when the event does. See docs/decisions/085-inbox-audiences.md.

/** One user, or a country's staff in some roles (optionally only those of one region). */
export type InboxAddress =
  { userId: string } | { countryCode: string; roles: readonly Role[]; regionId?: string | null };

export interface NewInboxItem {
  kind: InboxKind;
  to: InboxAddress;
  caseId?: string | null;
  /** The second claim of a pair (a DUPLICATE match): the item shows only to who sees both. */
  otherCaseId?: string | null;
  /** The country the item comes from (request, alert). */
  fromCountryCode?: string | null;
  actorUserId?: string | null;
  /** Short codes shown as labels: MINOR, TRAFFICKING, PLACE:Lima, CAME_HOME... */
  reasons?: readonly string[];
  /** Staff-written text only (a request's message); never reporter or tip content. */
  body?: string | null;
  /** Id of the row behind the item (tip, check-in, match). */
  refId?: string | null;
  /** Writing twice with one key writes once: safe for retries and re-running jobs. */
  dedupeKey?: string | null;
}

/**
 * The "InboxItem" columns of an item. Exported for writers that insert it in the same SQL
 * statement as the event itself (the intake's one-statement insert).
 */
export function inboxItemRow(item: NewInboxItem) {
  const to = item.to;
  const address =
    "userId" in to
      ? { recipientUserId: to.userId, audienceRoles: [] }
      : {
          audienceCountryCode: to.countryCode,
          audienceRoles: [...to.roles],
          audienceRegionId: to.regionId ?? null,
        };
  if (!("userId" in to) && to.roles.length === 0)
    throw new Error("An inbox audience needs at least one role");
  return {
    kind: item.kind,
    caseId: item.caseId ?? null,
    otherCaseId: item.otherCaseId ?? null,
    fromCountryCode: item.fromCountryCode ?? null,
    actorUserId: item.actorUserId ?? null,
    reasons: [...(item.reasons ?? [])],
    body: item.body ?? null,
    refId: item.refId ?? null,
    dedupeKey: item.dedupeKey ?? null,
    ...address,
  };
}

/**
 * Writes inbox items; returns how many were new (items whose dedupeKey existed are skipped). A
 * new alert, request or match also queues its "staff-alert-email" job in the same transaction
 * (decision 167): rolled back with the cause, it sends nothing; committed, it runs once per item.
 */
export async function addInboxItems(tx: Tx, items: readonly NewInboxItem[]): Promise<number> {
  if (items.length === 0) return 0;
  // ON CONFLICT DO NOTHING: a duplicate key does not abort the caller's transaction, and
  // RETURNING lists only the rows this call wrote, so a repeated key queues no second job.
  const rows = await tx.inboxItem.createManyAndReturn({
    data: items.map(inboxItemRow),
    skipDuplicates: true,
    select: { id: true, kind: true },
  });
  await queueAlertEmails(
    tx,
    rows.filter((r) => isEmailedKind(r.kind)).map((r) => r.id),
  );
  return rows.length;
}

/** Writes one inbox item; false when an item with the same dedupeKey already existed. */
export async function addInboxItem(tx: Tx, item: NewInboxItem): Promise<boolean> {
  return (await addInboxItems(tx, [item])) === 1;
}

/** Roles that work a case in its own country: who hears about it when nobody is assigned. */
export const CASE_TEAM_ROLES: readonly Role[] = ["POLICE", "NGO"];

/**
 * The people who work a case: its assigned officer, or else the police and NGO staff of the
 * case's country (its region's staff plus the country-wide ones). Null for practice cases,
 * which never reach a real inbox.
 */
export async function caseTeamAddress(tx: Tx, caseId: string): Promise<InboxAddress | null> {
  const c = await tx.case.findUnique({
    where: { id: caseId },
    select: { countryCode: true, regionId: true, assignedUserId: true, practiceSessionId: true },
  });
  if (!c || c.practiceSessionId) return null;
  if (c.assignedUserId) return { userId: c.assignedUserId };
  return { countryCode: c.countryCode, roles: CASE_TEAM_ROLES, regionId: c.regionId };
}

/**
 * Tells the people who work a case (see caseTeamAddress). For tips, check-ins, matches and
 * stale reminders. Returns false when nothing was written (practice case, or a repeated key).
 */
export async function notifyCaseTeam(
  tx: Tx,
  caseId: string,
  item: Omit<NewInboxItem, "to" | "caseId">,
): Promise<boolean> {
  const to = await caseTeamAddress(tx, caseId);
  if (!to) return false;
  return addInboxItem(tx, { ...item, caseId, to });
}
