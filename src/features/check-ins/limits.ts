// Per-client limit on check-in answers, like the other public forms (hashed IP, shared counter
// in PostgreSQL, loosened in tests by RATE_LIMIT_MULTIPLIER). A family answers once or twice;
// the link's signature is what protects the case, this only stops hammering.
import "server-only";
import { env } from "@/server/env";
import { hitRateLimit } from "@/server/rate-limit";
import { clientIp, hashIp } from "@/server/request-info";

const LIMIT = { limit: 20, windowSeconds: 900 };

export async function allowCheckInAnswer(headers: Headers): Promise<boolean> {
  return hitRateLimit(
    `checkIn:${hashIp(clientIp(headers))}`,
    Math.round(LIMIT.limit * env().RATE_LIMIT_MULTIPLIER),
    LIMIT.windowSeconds,
  );
}
