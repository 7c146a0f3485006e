import "server-only";
import { hitRateLimit, type RateLimit } from "@/server/rate-limit";
import { clientIp, hashIp } from "@/server/request-info";
import { MAX_PHOTO_BYTES, MAX_PHOTOS } from "@/lib/case-options";
import { env } from "@/server/env";

/** The claim as JSON (without photos) is a few kilobytes; anything near this is not a claim. */
export const MAX_CLAIM_JSON_BYTES = 64 * 1024;
/** API bodies carry photos as base64 (4/3 of their size) next to the claim. */
export const MAX_API_BODY_BYTES = Math.ceil((MAX_PHOTOS * MAX_PHOTO_BYTES * 4) / 3) + MAX_CLAIM_JSON_BYTES;

// Per client IP (hashed). A family files one claim, an NGO office a few; partner systems
// batch queued claims through the API, so it gets more room. Tests raise them all at once.
const LIMITS = {
  claimForm: { limit: 20, windowSeconds: 3600 },
  // Up to three photos per claim, each perhaps sent a few times on a bad connection.
  claimPhoto: { limit: 120, windowSeconds: 3600 },
  claimApi: { limit: 120, windowSeconds: 3600 },
  track: { limit: 30, windowSeconds: 900 },
} as const;

export type LimitName = keyof typeof LIMITS;

const multiplier = () => env().RATE_LIMIT_MULTIPLIER;

/** The limit `name` of the client that sent `headers` (its key holds the hashed address). */
export function limitFor(name: LimitName, headers: Headers): RateLimit {
  const { limit, windowSeconds } = LIMITS[name];
  return {
    key: `${name}:${hashIp(clientIp(headers))}`,
    limit: Math.round(limit * multiplier()),
    windowSeconds,
  };
}

/** Counts one request; false when this client is over the limit. */
export async function allowRequest(name: LimitName, headers: Headers): Promise<boolean> {
  const { key, limit, windowSeconds } = limitFor(name, headers);
  return hitRateLimit(key, limit, windowSeconds);
}

export function retryAfterSeconds(name: LimitName): number {
  return LIMITS[name].windowSeconds;
}
