// Delivering one outbox message, safely under retries and competing workers:
// 1. claim it (PENDING/FAILED -> SENDING, or a SENDING claim older than the send timeout, left by
//    a worker that died) in one UPDATE, so two workers never send the same message at once;
// 2. re-check the recipient's consent (withdrawn since -> SUPPRESSED, nothing sent);
// 3. send, then mark SENT. A crash between the SMTP server's acceptance and step 3 is the one
//    window where a message can go twice; its Message-ID is stable so receivers can drop it.
import "server-only";
import type { Db } from "../db";
import { sendEmail } from "../mail/transport";
import {
  type TemplateName,
  isTemplateName,
  renderFamilyEmail,
  renderFamilySms,
  type MessageParams,
} from "./templates";
import { smsNumber } from "@/lib/sms-number";
import { renderStaffAlertEmail, renderStaffDigestEmail } from "./staff-templates";
import { inboxScope } from "../policy";
import { toViewer, viewerSelect } from "../viewer";
import { PhoneSendError, phoneProvider } from "../sms/provider";
import { env, publicBaseUrl } from "../env";

export function sendTimeoutSeconds(): number {
  return env().MESSAGE_SEND_TIMEOUT_SECONDS;
}

interface ClaimedRow {
  id: string;
  recipient: string;
  channel: "EMAIL" | "SMS";
  template: string;
  locale: string;
  params: MessageParams;
  caseId: string | null;
}

export type DeliveryResult = "sent" | "skipped" | "suppressed" | "dead";

async function claim(db: Db, id: string): Promise<ClaimedRow | null> {
  const now = new Date();
  const stale = new Date(now.getTime() - sendTimeoutSeconds() * 1000);
  const rows = await db.$queryRaw<ClaimedRow[]>`
    UPDATE "OutboundMessage"
    SET "status" = 'SENDING', "claimedAt" = ${now}, "attempts" = "attempts" + 1, "updatedAt" = ${now}
    WHERE "id" = ${id}::uuid
      AND ("status" IN ('PENDING', 'FAILED') OR ("status" = 'SENDING' AND "claimedAt" < ${stale}))
    RETURNING "id", "recipient", "channel"::text AS "channel", "template", "locale", "params", "caseId"`;
  return rows[0] ?? null;
}

async function stillWanted(db: Db, m: ClaimedRow): Promise<boolean> {
  if (m.template === "staff.digest") return staffStillWants(db, m);
  if (m.template === "staff.alert") return staffStillSees(db, m);
  if (!m.caseId) return false;
  const c = await db.case.findUnique({
    where: { id: m.caseId },
    select: { notifyByEmail: true, reporterEmail: true, notifyByPhone: true, reporterPhone: true },
  });
  if (m.template === "family.checkIn" && !(await checkInStillOpen(db, m))) return false;
  // The STOP confirmation goes to the number that has just stopped, and only by SMS.
  if (m.template === "family.smsStopped")
    return m.channel === "SMS" && !!c && !c.notifyByPhone && smsNumber(c.reporterPhone) === m.recipient;
  if (m.channel === "SMS") return !!c?.notifyByPhone && smsNumber(c.reporterPhone) === m.recipient;
  return !!c?.notifyByEmail && c.reporterEmail === m.recipient;
}

/** The digest goes to an active account at the same address that has not turned it off since. */
async function staffStillWants(db: Db, m: ClaimedRow): Promise<boolean> {
  const n = await db.user.count({
    where: { email: m.recipient, emailDigest: true, disabledAt: null, practiceSessionId: null },
  });
  return n === 1;
}

/**
 * An alert email goes to an active account at that address that still has alert emails on and
 * may still read the item (the job decided with the same scope; a case may have been sealed,
 * or the person moved, since).
 */
async function staffStillSees(db: Db, m: ClaimedRow): Promise<boolean> {
  if (!m.params.itemId) return false;
  const users = await db.user.findMany({
    where: { email: m.recipient, emailAlerts: true, disabledAt: null, practiceSessionId: null },
    select: viewerSelect,
  });
  if (users.length !== 1) return false;
  const n = await db.inboxItem.count({
    where: { AND: [{ id: m.params.itemId }, inboxScope(toViewer(users[0]!))] },
  });
  return n === 1;
}

/** "Still missing?" makes no sense once the case left the open states or the family answered. */
async function checkInStillOpen(db: Db, m: ClaimedRow): Promise<boolean> {
  if (!m.params.checkInId) return false;
  const open = await db.checkIn.count({
    where: {
      id: m.params.checkInId,
      caseId: m.caseId!,
      answeredAt: null,
      expiresAt: { gt: new Date() },
      case: { status: { in: ["REPORTED", "VERIFIED", "ACTIVE"] } },
    },
  });
  return open === 1;
}

function messageIdFor(id: string): string {
  const host = new URL(publicBaseUrl()).hostname;
  return `<${id}@${host}>`;
}

/** `final`: this is the last attempt pg-boss will make; a failure makes the message DEAD. */
export async function deliverMessage(
  db: Db,
  id: string,
  { final }: { final: boolean },
): Promise<DeliveryResult> {
  const m = await claim(db, id);
  if (!m) return "skipped";
  try {
    if (!isTemplateName(m.template)) throw new Error(`unknown template ${m.template}`);
    if (!(await stillWanted(db, m))) {
      await db.outboundMessage.update({ where: { id }, data: { status: "SUPPRESSED", claimedAt: null } });
      return "suppressed";
    }
    const providerId = m.template.startsWith("staff.")
      ? await sendStaffEmail(m)
      : m.channel === "SMS"
        ? await sendSms(m)
        : await sendFamilyEmail(m);
    await db.outboundMessage.update({
      where: { id },
      data: { status: "SENT", sentAt: new Date(), providerId, lastError: null, claimedAt: null },
    });
    return "sent";
  } catch (err) {
    // A vendor's refusal of this very message is not retried: it goes DEAD for an admin to see.
    const dead = final || (err instanceof PhoneSendError && err.permanent);
    await db.outboundMessage.update({
      where: { id },
      data: {
        status: dead ? "DEAD" : "FAILED",
        lastError: String((err as Error).message).slice(0, 500),
        claimedAt: null,
      },
    });
    if (dead && !final) return "dead";
    throw err;
  }
}

async function sendSms(m: ClaimedRow): Promise<string> {
  const provider = phoneProvider();
  if (!provider)
    throw new Error("SMS_API_BASE_URL, SMS_ACCOUNT_SID, SMS_AUTH_TOKEN and SMS_FROM are not set");
  const sms = await renderFamilySms(m.template as TemplateName, m.locale, m.params, m.caseId!);
  const r = await provider.send({ to: m.recipient, body: sms.text, channel: "SMS" });
  return r.providerId;
}

async function sendFamilyEmail(m: ClaimedRow): Promise<string> {
  const email = await renderFamilyEmail(m.template as TemplateName, m.locale, m.params, m.caseId!);
  return sendEmail({
    to: m.recipient,
    subject: email.subject,
    text: email.text,
    language: email.language,
    messageId: messageIdFor(m.id),
    headers: {
      "List-Unsubscribe": `<${email.oneClickUrl}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  });
}

async function sendStaffEmail(m: ClaimedRow): Promise<string> {
  const email =
    m.template === "staff.alert"
      ? await renderStaffAlertEmail(m.locale, m.params)
      : await renderStaffDigestEmail(m.locale, m.params);
  return sendEmail({
    to: m.recipient,
    subject: email.subject,
    text: email.text,
    language: email.language,
    messageId: messageIdFor(m.id),
    // Staff turn the digest and alert emails off on their account page (signed in), so no one-click POST.
    headers: { "List-Unsubscribe": `<${email.unsubscribeUrl}>` },
  });
}

/** Requeues messages whose job was lost or whose worker died (the outbox's safety net). */
export async function staleMessageIds(db: Db, now = new Date()): Promise<string[]> {
  const pendingBefore = new Date(now.getTime() - 15 * 60_000);
  const claimedBefore = new Date(now.getTime() - 2 * sendTimeoutSeconds() * 1000);
  const rows = await db.outboundMessage.findMany({
    where: {
      OR: [
        { status: "PENDING", updatedAt: { lt: pendingBefore } },
        { status: "SENDING", claimedAt: { lt: claimedBefore } },
      ],
    },
    select: { id: true },
    take: 1000,
  });
  return rows.map((r) => r.id);
}
