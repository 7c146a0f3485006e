import "server-only";
import crypto from "node:crypto";
import { headers } from "next/headers";

/** How many proxies in front of the app append to X-Forwarded-For (TRUST_PROXY=1, 2...). */
function trustedProxyHops(): number {
  const n = Number(process.env.TRUST_PROXY ?? 0);
  return Number.isInteger(n) && n > 0 ? n : 0;
}

/**
 * The client's IP, for rate limits only. Next fills X-Forwarded-For with the socket address
 * when the request has none. Behind N trusted proxies (TRUST_PROXY=N) each appends the address
 * it saw, so the Nth entry from the right is the first one a client cannot forge; the leftmost
 * entries are whatever the client sent. Without a proxy a client can send its own header, so
 * the per-IP limit is only advisory there (per-account limits do not depend on it).
 */
export function clientIp(h: Headers): string {
  const chain = (h.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const hops = trustedProxyHops();
  const picked = hops > 0 ? (chain[chain.length - hops] ?? chain[0]) : chain[chain.length - 1];
  return picked ?? "unknown";
}

/** IPs are personal data: only a keyed hash is stored. */
export function hashIp(ip: string): string {
  const key = process.env.NEXTAUTH_SECRET ?? "reencuentro-dev-secret";
  return crypto.createHmac("sha256", key).update(ip).digest("hex").slice(0, 32);
}

function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

/**
 * State-changing requests must come from our own pages. Next checks Origin for server actions;
 * route handlers call this themselves. The Origin must name this host (the Host header, or the
 * proxy's X-Forwarded-Host when TRUST_PROXY is set) or the public NEXTAUTH_URL. Browsers always
 * send Origin on cross-site and same-site POSTs, so a missing Origin is refused too.
 */
export function isSameOrigin(h: Headers): boolean {
  const origin = hostOf(h.get("origin") ?? undefined);
  if (!origin) return false;
  const forwarded = trustedProxyHops() > 0 ? h.get("x-forwarded-host")?.split(",")[0]?.trim() : null;
  const allowed = [forwarded, h.get("host"), hostOf(process.env.NEXTAUTH_URL)].filter(Boolean);
  return allowed.includes(origin);
}

export async function requestHeaders(): Promise<Headers> {
  return new Headers(await headers());
}
