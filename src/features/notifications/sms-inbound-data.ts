// A reply to our SMS, forwarded by the vendor's inbound webhook (decision 157). The vendor is
// the caller, so the signature is the authorization, checked here in the data layer before
// anything is read: an unsigned request could opt any family out by naming their number.
// "STOP" (or a local-language word) turns SMS off on every open claim of that number, records
// the reporter's event, suppresses unsent texts and queues one confirmation through the outbox.
import "server-only";
import { smsNumber } from "@/lib/sms-number";
import { getDb } from "@/server/db";
import { env } from "@/server/env";
import { AppError, NotFoundError } from "@/server/errors";
import { log } from "@/server/logger";
import { enqueueMessage } from "@/server/outbox/enqueue";
import { isInboundSignatureValid } from "@/server/sms/inbound-signature";
import { isStopKeyword } from "./stop-keywords";
import { withdrawChannelInTx } from "./unsubscribe-data";

export interface InboundSmsRequest {
  /** The public URL the vendor posted to (what it signed). */
  url: string;
  params: URLSearchParams;
  signature: string | null;
}

export type InboundSmsOutcome = "stopped" | "alreadyStopped" | "ignored";

export async function receiveInboundSms(req: InboundSmsRequest): Promise<InboundSmsOutcome> {
  const token = env().SMS_AUTH_TOKEN;
  // No phone channel configured: there is no webhook to call.
  if (!token || !env().SMS_API_BASE_URL) throw new NotFoundError();
  if (!isInboundSignatureValid(token, req.url, req.params, req.signature))
    throw new AppError("notifications:smsInbound.forbidden", 403);
  const from = smsNumber(req.params.get("From"));
  const body = req.params.get("Body");
  if (!from || body === null) throw new AppError("notifications:smsInbound.invalid", 400);
  // Anything else a family writes is not read by anyone here: it is neither stored nor logged.
  if (!(await isStopKeyword(body))) return logged("ignored", 0);

  const db = await getDb();
  return db.$transaction(async (tx) => {
    const candidates = await tx.case.findMany({
      where: { reporterPhoneDigits: from.slice(1), practiceSessionId: null },
      select: { id: true, caseNumber: true, reporterPhone: true, reporterLocale: true, notifyByPhone: true },
      orderBy: { createdAt: "desc" },
    });
    // The digits column also holds numbers typed without "+"; only the same +E.164 number counts.
    const mine = candidates.filter((c) => c.notifyByPhone && smsNumber(c.reporterPhone) === from);
    const stopped: { id: string; caseNumber: string; reporterLocale: string; eventId: string }[] = [];
    for (const c of mine) {
      const eventId = await withdrawChannelInTx(tx, c.id, "SMS");
      if (eventId) stopped.push({ ...c, eventId });
    }
    const first = stopped[0];
    if (!first) return logged("alreadyStopped", 0);
    // One confirmation per STOP that changed something: a repeated STOP, or the vendor posting
    // the same message again, finds nothing on and sends nothing.
    await enqueueMessage(tx, {
      eventKey: `sms-stop:${first.eventId}`,
      channel: "SMS",
      recipient: from,
      template: "family.smsStopped",
      locale: first.reporterLocale,
      params: { caseNumber: first.caseNumber },
      caseId: first.id,
    });
    return logged("stopped", stopped.length);
  });
}

function logged(outcome: InboundSmsOutcome, cases: number): InboundSmsOutcome {
  log().info({ where: "sms-inbound", outcome, cases }, "inbound sms");
  return outcome;
}
