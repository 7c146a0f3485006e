// Signed, account-free unsubscribe links: the token names the case and channel (no personal
// data; the case id is a random uuid) and carries an HMAC under the portal's secret, so nobody
// can withdraw someone else's updates by guessing.
import crypto from "node:crypto";
import { env } from "../env";

const VERSION = "u1";

function secret(): string {
  const e = env();
  const s = e.NOTIFY_SECRET ?? e.NEXTAUTH_SECRET;
  if (!s) throw new Error("NOTIFY_SECRET or NEXTAUTH_SECRET must be set to sign unsubscribe links");
  return s;
}

function mac(payload: string): string {
  return crypto
    .createHmac("sha256", secret())
    .update(`${VERSION}.${payload}`)
    .digest("base64url")
    .slice(0, 32);
}

export type UnsubscribeChannel = "EMAIL" | "SMS";

export function signUnsubscribe(caseId: string, channel: UnsubscribeChannel): string {
  const payload = Buffer.from(`${caseId}:${channel}`).toString("base64url");
  return `${VERSION}.${payload}.${mac(payload)}`;
}

export function verifyUnsubscribe(token: string): { caseId: string; channel: UnsubscribeChannel } | null {
  const [version, payload, sig] = token.split(".");
  if (version !== VERSION || !payload || !sig) return null;
  const expected = Buffer.from(mac(payload));
  const given = Buffer.from(sig);
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return null;
  const [caseId, channel] = Buffer.from(payload, "base64url").toString().split(":");
  if (!caseId || (channel !== "EMAIL" && channel !== "SMS")) return null;
  return { caseId, channel };
}
