// The link in a "Still missing?" check-in (decision 142): signed like the unsubscribe link (its
// own version tag, so neither is accepted as the other), naming only the CheckIn row and the
// channel it was sent by. Expiry and one use are the row's (expiresAt, answeredAt), so an
// answered link stays used whichever channel's copy is opened.
import { signToken, verifyToken } from "./signed-token";
import type { UnsubscribeChannel } from "./unsubscribe-token";

const VERSION = "k1";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function signCheckIn(checkInId: string, channel: UnsubscribeChannel): string {
  return signToken(VERSION, [checkInId, channel]);
}

export function verifyCheckIn(token: string): { checkInId: string; channel: UnsubscribeChannel } | null {
  const [checkInId, channel] = verifyToken(VERSION, token) ?? [];
  if (!checkInId || !UUID.test(checkInId) || (channel !== "EMAIL" && channel !== "SMS")) return null;
  return { checkInId, channel };
}
