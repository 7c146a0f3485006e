// A reply to our SMS, forwarded by the vendor's inbound webhook (decision 157). The vendor is
// the caller, so the signature is the authorization, checked here in the data layer before
// anything is read: an unsigned request could opt any family out by naming their number.
// "STOP" (or a local-language word) turns SMS off on every open claim of that number, records
// the reporter's event, suppresses unsent texts and queues one confirmation through the outbox;
// "START" (decision 168) turns it on again where the family had it, with its own confirmation.
import "server-only";
import { smsNumber } from "@/lib/sms-number";
import { getDb, type Tx } from "@/server/db";
import { env } from "@/server/env";
import { AppError, NotFoundError } from "@/server/errors";
import { log } from "@/server/logger";
import { enqueueMessage } from "@/server/outbox/enqueue";
import { isInboundSignatureValid, signatureAlgorithm } from "@/server/sms/inbound-signature";
import { replyKeyword } from "./stop-keywords";
import { resumeSmsInTx, withdrawChannelInTx } from "./unsubscribe-data";

export interface InboundSmsRequest {
  /** The public URL the vendor posted to (what it signed). */
  url: string;
  params: URLSearchParams;
  signature: string | null;
  /** X-Twilio-Webhooks-Signature-Settings: present = a Webhooks Rule's SharedKey and algorithm. */
  signatureSettings?: string | null;
}

export type InboundSmsOutcome = "stopped" | "alreadyStopped" | "started" | "nothingToStart" | "ignored";

export async function receiveInboundSms(req: InboundSmsRequest): Promise<InboundSmsOutcome> {
  const token = env().SMS_AUTH_TOKEN;
  // No phone channel configured: there is no webhook to call.
  if (!token || !env().SMS_API_BASE_URL) throw new NotFoundError();
  if (!isSigned(token, req)) throw new AppError("notifications:smsInbound.forbidden", 403);
  const from = smsNumber(req.params.get("From"));
  const body = req.params.get("Body");
  if (!from || body === null) throw new AppError("notifications:smsInbound.invalid", 400);
  // Anything else a family writes is not read by anyone here: it is neither stored nor logged.
  const word = await replyKeyword(body);
  if (!word) return logged("ignored", 0);
  return word === "stop" ? stop(from) : start(from);
}

/**
 * The auth token and SHA-1, or with the settings header a Webhooks Rule's SharedKey
 * (SMS_WEBHOOK_SHARED_KEY) and its algorithm. A failure is logged with the URL it was checked
 * against (no parameters): the usual cause is an address the portal rebuilt differently from the
 * one the vendor was given, which the log line lets an operator see.
 */
function isSigned(token: string, req: InboundSmsRequest): boolean {
  const algorithm = signatureAlgorithm(req.signatureSettings ?? null);
  const secret = req.signatureSettings ? env().SMS_WEBHOOK_SHARED_KEY : token;
  const ok =
    !!algorithm && !!secret && isInboundSignatureValid(secret, req.url, req.params, req.signature, algorithm);
  if (!ok)
    log().warn(
      {
        where: "sms-inbound",
        url: req.url,
        algorithm: algorithm ?? "unsupported",
        sharedKey: req.signatureSettings ? !!secret : undefined,
      },
      req.signatureSettings && !secret
        ? "inbound sms signed with a shared key, but SMS_WEBHOOK_SHARED_KEY is not set"
        : "inbound sms signature does not match: is the vendor's webhook URL this one? (PUBLIC_URL, TRUST_PROXY)",
    );
  return ok;
}

/** The non-practice claims of that +E.164 number, newest first. */
async function claimsOf(tx: Tx, from: string) {
  const candidates = await tx.case.findMany({
    where: { reporterPhoneDigits: from.slice(1), practiceSessionId: null },
    select: { id: true, caseNumber: true, reporterPhone: true, reporterLocale: true, notifyByPhone: true },
    orderBy: { createdAt: "desc" },
  });
  // The digits column also holds numbers typed without "+"; only the same +E.164 number counts.
  return candidates.filter((c) => smsNumber(c.reporterPhone) === from);
}

type Changed = { id: string; caseNumber: string; reporterLocale: string; eventId: string };

async function stop(from: string): Promise<InboundSmsOutcome> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const stopped: Changed[] = [];
    for (const c of await claimsOf(tx, from)) {
      const eventId = c.notifyByPhone ? await withdrawChannelInTx(tx, c.id, "SMS") : null;
      if (eventId) stopped.push({ ...c, eventId });
    }
    const first = stopped[0];
    if (!first) return logged("alreadyStopped", 0);
    // One confirmation per STOP that changed something: a repeated STOP, or the vendor posting
    // the same message again, finds nothing on and sends nothing.
    await confirm(tx, from, first, "sms-stop", "family.smsStopped");
    return logged("stopped", stopped.length);
  });
}

/** START after a STOP (decision 168): SMS on again where the family had it, one confirmation. */
async function start(from: string): Promise<InboundSmsOutcome> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const resumed: Changed[] = [];
    for (const c of await claimsOf(tx, from)) {
      const eventId = c.notifyByPhone ? null : await resumeSmsInTx(tx, c.id);
      if (eventId) resumed.push({ ...c, eventId });
    }
    const first = resumed[0];
    if (!first) return logged("nothingToStart", 0);
    await confirm(tx, from, first, "sms-start", "family.smsStarted");
    return logged("started", resumed.length);
  });
}

/** The confirmation text, in the newest changed claim's language, through the outbox. */
async function confirm(
  tx: Tx,
  from: string,
  first: Changed,
  key: string,
  template: "family.smsStopped" | "family.smsStarted",
) {
  await enqueueMessage(tx, {
    eventKey: `${key}:${first.eventId}`,
    channel: "SMS",
    recipient: from,
    template,
    locale: first.reporterLocale,
    params: { caseNumber: first.caseNumber },
    caseId: first.id,
  });
}

function logged(outcome: InboundSmsOutcome, cases: number): InboundSmsOutcome {
  log().info({ where: "sms-inbound", outcome, cases }, "inbound sms");
  return outcome;
}
