// Signed, account-free unsubscribe links: the token names the case and channel (no personal
// data; the case id is a random uuid) and carries an HMAC under the portal's secret, so nobody
// can withdraw someone else's updates by guessing.
import { signToken, verifyToken } from "./signed-token";

const VERSION = "u1";

export type UnsubscribeChannel = "EMAIL" | "SMS";

export function signUnsubscribe(caseId: string, channel: UnsubscribeChannel): string {
  return signToken(VERSION, [caseId, channel]);
}

export function verifyUnsubscribe(token: string): { caseId: string; channel: UnsubscribeChannel } | null {
  const [caseId, channel] = verifyToken(VERSION, token) ?? [];
  if (!caseId || (channel !== "EMAIL" && channel !== "SMS")) return null;
  return { caseId, channel };
}
