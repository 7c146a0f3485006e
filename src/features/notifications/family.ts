// Which case changes tell the reporter, and with which template. Called inside the transaction
// that records the change, so the message exists exactly when the change does (decision 081).
import "server-only";
import type { CaseStatus } from "@/generated/prisma/enums";
import type { Tx } from "@/server/db";
import { smsNumber } from "@/lib/sms-number";
import { enqueueMessage } from "@/server/outbox/enqueue";
import type { MessageParams, TemplateName } from "@/server/outbox/templates";

/**
 * Status -> what the family is told. A person found deceased is never announced by message:
 * the family is asked to contact the police unit, who tell them in person.
 */
const STATUS_TEMPLATES: Partial<Record<CaseStatus, TemplateName>> = {
  VERIFIED: "family.verified",
  LOCATED_ALIVE: "family.locatedAlive",
  LOCATED_DECEASED: "family.contactPolice",
  CLOSED: "family.closed",
};

/** A phone number the SMS channel can send to. */
export const E164 = /^\+[1-9]\d{6,14}$/;

export function familyTemplateForStatus(status: CaseStatus): TemplateName | null {
  return STATUS_TEMPLATES[status] ?? null;
}

/**
 * Queues the reporter's email and/or SMS about `eventId` if they asked for updates (and it is not a
 * practice case). Returns the message id, or null when nothing is sent.
 */
export function notifyReporter(
  tx: Tx,
  caseId: string,
  eventId: string,
  template: TemplateName,
): Promise<string | null> {
  return messageReporter(tx, caseId, { eventKey: `case-event:${eventId}`, template });
}

/**
 * The same, for any cause: `eventKey` is the idempotency key with recipient and channel (a
 * check-in uses `check-in:<case>:<number>`), `params` what the template needs beyond the case
 * number. Returns the first message id, or null when nothing is sent.
 */
export async function messageReporter(
  tx: Tx,
  caseId: string,
  m: { eventKey: string; template: TemplateName; params?: Omit<MessageParams, "caseNumber"> },
): Promise<string | null> {
  const c = await tx.case.findUnique({
    where: { id: caseId },
    select: {
      caseNumber: true,
      reporterEmail: true,
      reporterLocale: true,
      notifyByEmail: true,
      reporterPhone: true,
      notifyByPhone: true,
      practiceSessionId: true,
    },
  });
  if (!c || c.practiceSessionId) return null;
  const base = {
    eventKey: m.eventKey,
    template: m.template,
    locale: c.reporterLocale,
    params: { ...m.params, caseNumber: c.caseNumber },
    caseId,
  };
  const email =
    c.notifyByEmail && c.reporterEmail
      ? await enqueueMessage(tx, { ...base, channel: "EMAIL", recipient: c.reporterEmail })
      : null;
  // The same news by SMS when the reporter opted in with a number in +E.164 form (decision 140).
  const to = c.notifyByPhone ? smsNumber(c.reporterPhone) : null;
  const sms = to ? await enqueueMessage(tx, { ...base, channel: "SMS", recipient: to }) : null;
  return email ?? sms;
}
