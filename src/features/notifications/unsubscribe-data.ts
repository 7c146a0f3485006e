// Withdrawing a reporter's email or SMS updates through the signed link in every message (no
// account); the link names the channel it withdraws.
import "server-only";
import { recordCaseEvent } from "@/server/audit";
import { getDb, type Tx } from "@/server/db";
import { verifyUnsubscribe, type UnsubscribeChannel } from "@/server/outbox/unsubscribe-token";

export type WithdrawResult = "withdrawn" | "alreadyWithdrawn" | "invalid";

/** Whether a token is genuine (for the confirmation page, before anything is written). */
export function isValidUnsubscribeToken(token: string): boolean {
  return verifyUnsubscribe(token) !== null;
}

export async function withdrawEmailUpdates(token: string): Promise<WithdrawResult> {
  const parsed = verifyUnsubscribe(token);
  if (!parsed) return "invalid";
  return withdrawEmailUpdatesOfCase(parsed.caseId, parsed.channel);
}

/**
 * The withdrawal itself, for a case the caller has already identified the reporter of (signed
 * link, or case number + tracking code on the track page). Repeating it writes nothing.
 */
export async function withdrawEmailUpdatesOfCase(
  caseId: string,
  channel: UnsubscribeChannel = "EMAIL",
): Promise<WithdrawResult> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    if (await withdrawChannelInTx(tx, caseId, channel)) return "withdrawn";
    const exists = await tx.case.count({ where: { id: caseId } });
    return exists ? "alreadyWithdrawn" : "invalid";
  });
}

/**
 * Inside the caller's transaction: turns one channel off, records the reporter's event and
 * suppresses what has not gone out. Returns the event's id, or null when it was already off.
 */
export async function withdrawChannelInTx(
  tx: Tx,
  caseId: string,
  channel: UnsubscribeChannel,
): Promise<string | null> {
  const field = channel === "SMS" ? "notifyByPhone" : "notifyByEmail";
  const now = new Date();
  const changed = await tx.case.updateMany({
    where: { id: caseId, [field]: true },
    data: { [field]: false, notifyWithdrawnAt: now },
  });
  if (changed.count === 0) return null;
  const event = await recordCaseEvent(tx, {
    caseId,
    actorKind: "REPORTER",
    type: "NOTIFICATIONS_WITHDRAWN",
    field,
    oldValue: "true",
    newValue: "false",
  });
  // Messages not yet out are not sent (delivery re-checks consent too).
  await tx.outboundMessage.updateMany({
    where: { caseId, channel, status: { in: ["PENDING", "FAILED"] } },
    data: { status: "SUPPRESSED" },
  });
  return event.id;
}

/**
 * A START reply (decision 168): turns SMS on again for a claim whose reporter had it on and
 * withdrew it (an SMS withdrawal is on its record), never for one that did not ask for texts.
 * Records the reporter's event; returns its id, or null when there was nothing to resume.
 */
export async function resumeSmsInTx(tx: Tx, caseId: string): Promise<string | null> {
  const withdrawn = await tx.caseEvent.count({
    where: { caseId, type: "NOTIFICATIONS_WITHDRAWN", field: "notifyByPhone" },
  });
  if (!withdrawn) return null;
  const changed = await tx.case.updateMany({
    where: { id: caseId, notifyByPhone: false, deletedAt: null },
    data: { notifyByPhone: true, notifyWithdrawnAt: await emailWithdrawnAt(tx, caseId) },
  });
  if (changed.count === 0) return null;
  const event = await recordCaseEvent(tx, {
    caseId,
    actorKind: "REPORTER",
    type: "NOTIFICATIONS_RESUMED",
    field: "notifyByPhone",
    oldValue: "false",
    newValue: "true",
  });
  return event.id;
}

/**
 * What "news stopped on" says once SMS is on again: the date email was withdrawn if it still is,
 * else nothing. The family's copy shows this date, and after a START it must not read as if
 * all news were still stopped.
 */
async function emailWithdrawnAt(tx: Tx, caseId: string): Promise<Date | null> {
  const c = await tx.case.findUnique({ where: { id: caseId }, select: { notifyByEmail: true } });
  if (!c || c.notifyByEmail) return null;
  const last = await tx.caseEvent.findFirst({
    where: { caseId, type: "NOTIFICATIONS_WITHDRAWN", field: "notifyByEmail" },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  return last?.createdAt ?? null;
}
