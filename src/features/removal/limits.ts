import "server-only";
import { env } from "@/server/env";
import { hitRateLimit } from "@/server/rate-limit";
import { clientIp, hashIp } from "@/server/request-info";

// A person asks about one page, perhaps two; a script taking the bulletin down is stopped here.
// Requests that hide at once are the abuse risk, so the limit is low (decision 150).
const LIMIT = { limit: 5, windowSeconds: 3600 };

/** Counts one removal request from this client; false once it is over the limit. */
export async function allowRemovalRequest(headers: Headers): Promise<boolean> {
  return hitRateLimit(
    `removal:${hashIp(clientIp(headers))}`,
    Math.round(LIMIT.limit * env().RATE_LIMIT_MULTIPLIER),
    LIMIT.windowSeconds,
  );
}
