import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { getDb } from "./db";
import { countRateLimited } from "./metrics";
import { clientIp, hashIp } from "./request-info";
import { env } from "./env";

// Per-IP limits on public pages that show people (the bulletin), so its entries cannot be
// scraped faster than a person reads them: a list page every 2 s on average, a search every
// 3 s. rate-limiter-flexible on the app's PostgreSQL (RateLimiterPrisma), shared by every
// process. Tests and e2e loosen them with RATE_LIMIT_MULTIPLIER, like the other public limits.
const LIMITS = {
  bulletinList: { points: 30, duration: 60 },
  bulletinSearch: { points: 20, duration: 60 },
  // The SMS vendor's inbound webhook (decision 157): replies come one by one from the vendor's
  // servers; more than this from one address is someone trying signatures.
  smsInbound: { points: 120, duration: 60 },
} as const;

export type PublicLimit = keyof typeof LIMITS;

const multiplier = () => env().RATE_LIMIT_MULTIPLIER;

const globalForLimits = globalThis as unknown as { publicLimiters?: Map<string, RateLimiterPrisma> };

async function limiter(name: PublicLimit): Promise<RateLimiterPrisma> {
  const db = await getDb();
  const points = Math.max(1, Math.round(LIMITS[name].points * multiplier()));
  const key = `${name}:${points}`;
  globalForLimits.publicLimiters ??= new Map();
  let l = globalForLimits.publicLimiters.get(key);
  if (!l) {
    l = new RateLimiterPrisma({
      storeClient: db,
      tableName: "rateLimiterFlexible",
      keyPrefix: name,
      points,
      duration: LIMITS[name].duration,
      clearExpiredByTimeout: false,
    });
    globalForLimits.publicLimiters.set(key, l);
  }
  return l;
}

/** Counts one request from this client; false once it is over the limit. */
export async function allowPublic(name: PublicLimit, headers: Headers): Promise<boolean> {
  try {
    await (await limiter(name)).consume(hashIp(clientIp(headers)));
    return true;
  } catch (err) {
    if (err instanceof RateLimiterRes) {
      countRateLimited(name);
      return false;
    }
    throw err;
  }
}
