// Inbound SMS from the vendor (decision 157) are signed the way Twilio signs webhooks, which the
// vendors that copy its Messages API copy too: base64(HMAC-SHA1(auth token, the full URL the
// vendor called + every POST parameter as name + value, sorted by name)) in X-Twilio-Signature.
// Without a valid signature anyone could opt a family out by posting their number.
// Twilio's Webhooks Rules (decision 168) sign the same string with HMAC-SHA256 under a Setting's
// SharedKey instead, and say so in X-Twilio-Webhooks-Signature-Settings
// ("key=<setting>,algorithm=HMAC_SHA256"); without that header it is the auth token and SHA-1.
import crypto from "node:crypto";

export const SIGNATURE_HEADER = "x-twilio-signature";
export const SIGNATURE_SETTINGS_HEADER = "x-twilio-webhooks-signature-settings";

export type SignatureAlgorithm = "sha1" | "sha256";

/**
 * The algorithm a settings header names: none → SHA-1 (the auth token's); an algorithm we do not
 * know → null (refused, never guessed).
 */
export function signatureAlgorithm(settings: string | null): SignatureAlgorithm | null {
  if (!settings) return "sha1";
  const fields = new Map(
    settings.split(",").map((f) => {
      const i = f.indexOf("=");
      return [
        f.slice(0, i).trim().toLowerCase(),
        f
          .slice(i + 1)
          .trim()
          .toUpperCase(),
      ] as const;
    }),
  );
  const name = fields.get("algorithm");
  return name === "HMAC_SHA256" ? "sha256" : name === "HMAC_SHA1" ? "sha1" : null;
}

export function inboundSignature(
  secret: string,
  url: string,
  params: URLSearchParams,
  algorithm: SignatureAlgorithm = "sha1",
): string {
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
  return crypto.createHmac(algorithm, secret).update(data, "utf8").digest("base64");
}

export function isInboundSignatureValid(
  secret: string,
  url: string,
  params: URLSearchParams,
  given: string | null,
  algorithm: SignatureAlgorithm = "sha1",
): boolean {
  if (!given) return false;
  const expected = Buffer.from(inboundSignature(secret, url, params, algorithm));
  const actual = Buffer.from(given);
  return expected.length === actual.length && crypto.timingSafeEqual(expected, actual);
}
