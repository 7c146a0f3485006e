// The signing shared by the account-free links in family messages (unsubscribe, check-in): a
// version tag, a base64url payload with no personal data, and a truncated HMAC-SHA256 under the
// portal's secret over both. The version tag separates link kinds, so one kind's token is never
// accepted as another's.
import crypto from "node:crypto";
import { env } from "../env";

function secret(): string {
  const e = env();
  const s = e.NOTIFY_SECRET ?? e.NEXTAUTH_SECRET;
  if (!s) throw new Error("NOTIFY_SECRET or NEXTAUTH_SECRET must be set to sign family links");
  return s;
}

function mac(version: string, payload: string): string {
  return crypto
    .createHmac("sha256", secret())
    .update(`${version}.${payload}`)
    .digest("base64url")
    .slice(0, 32);
}

export function signToken(version: string, fields: readonly string[]): string {
  const payload = Buffer.from(fields.join(":")).toString("base64url");
  return `${version}.${payload}.${mac(version, payload)}`;
}

/** The payload's fields when `token` is a genuine token of `version`, else null. */
export function verifyToken(version: string, token: string): string[] | null {
  const [v, payload, sig, extra] = token.split(".");
  if (v !== version || !payload || !sig || extra !== undefined) return null;
  const expected = Buffer.from(mac(version, payload));
  const given = Buffer.from(sig);
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return null;
  return Buffer.from(payload, "base64url").toString().split(":");
}
