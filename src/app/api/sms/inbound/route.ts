// POST /api/sms/inbound: the SMS vendor's webhook for replies to our texts (decision 157), in the
// Twilio form (form body From/To/Body/MessageSid, X-Twilio-Signature, and for a Webhooks Rule's
// HMAC-SHA256 X-Twilio-Webhooks-Signature-Settings). The signature covers the URL the vendor
// called, rebuilt by signedRequestUrl (PUBLIC_URL / NEXTAUTH_URL, else the trusted proxy's
// forwarded scheme and host, else the request's own URL; decision 168). Answers empty TwiML:
// the confirmation goes through the outbox, so it is retried and appears in the delivery log.
import { receiveInboundSms } from "@/features/notifications/data";
import { apiRoute, RateLimitedError } from "@/server/api-problem";
import { AppError } from "@/server/errors";
import { allowPublic } from "@/server/public-limits";
import { SIGNATURE_HEADER, SIGNATURE_SETTINGS_HEADER } from "@/server/sms/inbound-signature";
import { signedRequestUrl } from "@/server/sms/inbound-url";

export const POST = apiRoute("POST /api/sms/inbound", async (req) => {
  if (!(await allowPublic("smsInbound", req.headers))) throw new RateLimitedError(60);
  const type = req.headers.get("content-type") ?? "";
  if (!type.startsWith("application/x-www-form-urlencoded"))
    throw new AppError("notifications:smsInbound.invalid", 415);
  const params = new URLSearchParams(await req.text());
  await receiveInboundSms({
    url: signedRequestUrl(req),
    params,
    signature: req.headers.get(SIGNATURE_HEADER),
    signatureSettings: req.headers.get(SIGNATURE_SETTINGS_HEADER),
  });
  return new Response('<?xml version="1.0" encoding="UTF-8"?><Response></Response>', {
    status: 200,
    headers: { "Content-Type": "text/xml; charset=utf-8", "Cache-Control": "no-store" },
  });
});
