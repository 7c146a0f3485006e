// Inbound SMS from the vendor (decision 157) are signed the way Twilio signs webhooks, which the
// vendors that copy its Messages API copy too: base64(HMAC-SHA1(auth token, the full URL the
// vendor called + every POST parameter as name + value, sorted by name)) in X-Twilio-Signature.
// Without a valid signature anyone could opt a family out by posting their number.
import crypto from "node:crypto";

export const SIGNATURE_HEADER = "x-twilio-signature";

export function inboundSignature(authToken: string, url: string, params: URLSearchParams): string {
  const names = [...new Set(params.keys())].sort();
  // A repeated name contributes each value, in the order sent (as Twilio's own helpers do).
  const data =
    url +
    names
      .map((n) =>
        params
          .getAll(n)
          .map((v) => n + v)
          .join(""),
      )
      .join("");
  return crypto.createHmac("sha1", authToken).update(data, "utf8").digest("base64");
}

export function isInboundSignatureValid(
  authToken: string,
  url: string,
  params: URLSearchParams,
  given: string | null,
): boolean {
  if (!given) return false;
  const expected = Buffer.from(inboundSignature(authToken, url, params));
  const actual = Buffer.from(given);
  return expected.length === actual.length && crypto.timingSafeEqual(expected, actual);
}
