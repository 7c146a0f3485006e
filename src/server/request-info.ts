import "server-only";
import crypto from "node:crypto";
import { headers } from "next/headers";

/**
 * The client's IP. Behind a load balancer set TRUST_PROXY=1 so X-Forwarded-For is believed;
 * otherwise the header could be forged to dodge rate limits.
 */
export function clientIp(h: Headers): string {
  if (process.env.TRUST_PROXY === "1") {
    const forwarded = h.get("x-forwarded-for")?.split(",")[0]?.trim();
    if (forwarded) return forwarded;
  }
  return h.get("x-real-ip") ?? "unknown";
}

/** IPs are personal data: only a keyed hash is stored. */
export function hashIp(ip: string): string {
  const key = process.env.NEXTAUTH_SECRET ?? "reencuentro-dev-secret";
  return crypto.createHmac("sha256", key).update(ip).digest("hex").slice(0, 32);
}

/**
 * State-changing requests must come from our own pages. Next checks Origin for server actions;
 * route handlers call this themselves.
 */
export function isSameOrigin(h: Headers): boolean {
  const origin = h.get("origin");
  if (!origin) return false;
  const host = h.get("x-forwarded-host") ?? h.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export async function requestHeaders(): Promise<Headers> {
  return new Headers(await headers());
}
