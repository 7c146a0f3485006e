// POST /api/sms/inbound: the SMS vendor's webhook for replies to our texts (decision 157), in the
// Twilio form (form body From/To/Body/MessageSid, X-Twilio-Signature). Configure the vendor to
// post to {PUBLIC_URL}/api/sms/inbound: the signature covers that exact URL. Answers empty TwiML:
// the confirmation goes through the outbox, so it is retried and appears in the delivery log.
import { receiveInboundSms } from "@/features/notifications/data";
import { apiRoute, RateLimitedError } from "@/server/api-problem";
import { AppError } from "@/server/errors";
import { publicBaseUrl } from "@/server/env";
import { allowPublic } from "@/server/public-limits";
import { SIGNATURE_HEADER } from "@/server/sms/inbound-signature";

export const POST = apiRoute("POST /api/sms/inbound", async (req) => {
  if (!(await allowPublic("smsInbound", req.headers))) throw new RateLimitedError(60);
  const type = req.headers.get("content-type") ?? "";
  if (!type.startsWith("application/x-www-form-urlencoded"))
    throw new AppError("notifications:smsInbound.invalid", 415);
  const params = new URLSearchParams(await req.text());
  await receiveInboundSms({
    url: `${publicBaseUrl(req.headers)}/api/sms/inbound`,
    params,
    signature: req.headers.get(SIGNATURE_HEADER),
  });
  return new Response('<?xml version="1.0" encoding="UTF-8"?><Response></Response>', {
    status: 200,
    headers: { "Content-Type": "text/xml; charset=utf-8", "Cache-Control": "no-store" },
  });
});
