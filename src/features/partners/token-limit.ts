import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { getDb } from "@/server/db";
import { countRateLimited } from "@/server/metrics";

// Each token's own per-minute limit (set by the admin who issued it), on the app's PostgreSQL
// so every app process shares it. One limiter per distinct limit value; keyed by token id.
const globalForTokens = globalThis as unknown as { tokenLimiters?: Map<number, RateLimiterPrisma> };

async function limiter(perMinute: number): Promise<RateLimiterPrisma> {
  globalForTokens.tokenLimiters ??= new Map();
  let l = globalForTokens.tokenLimiters.get(perMinute);
  if (!l) {
    l = new RateLimiterPrisma({
      storeClient: await getDb(),
      tableName: "rateLimiterFlexible",
      keyPrefix: `apiToken:${perMinute}`,
      points: perMinute,
      duration: 60,
      clearExpiredByTimeout: false,
    });
    globalForTokens.tokenLimiters.set(perMinute, l);
  }
  return l;
}

/** Counts one call; null when allowed, else the seconds until the next one may be made. */
export async function tokenRetryAfter(tokenId: string, perMinute: number): Promise<number | null> {
  try {
    await (await limiter(perMinute)).consume(tokenId);
    return null;
  } catch (err) {
    if (err instanceof RateLimiterRes) {
      countRateLimited("apiToken");
      return Math.max(1, Math.ceil(err.msBeforeNext / 1000));
    }
    throw err;
  }
}
