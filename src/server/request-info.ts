import "server-only";
import crypto from "node:crypto";
import { headers } from "next/headers";
import { CLIENT_IP_HEADER, trustedProxyHops } from "./incoming-headers";
import { appSecret, env } from "./env";

/**
 * The client's IP, for rate limits only. Behind N trusted proxies (TRUST_PROXY=N) each appends
 * the address it saw to X-Forwarded-For, so the Nth entry from the right is the first one a
 * client cannot forge (the leftmost entries are whatever the client sent). Without a proxy the
 * client's own X-Forwarded-For is never believed: our server (scripts/start.ts) passes the
 * socket address in CLIENT_IP_HEADER, overwriting anything a client sent. Served any other way
 * the address is "unknown", one shared bucket: limits get stricter, never looser.
 */
export function clientIp(h: Headers): string {
  const hops = trustedProxyHops();
  if (hops === 0) return h.get(CLIENT_IP_HEADER)?.trim() || "unknown";
  const chain = (h.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return chain[chain.length - hops] ?? chain[0] ?? h.get(CLIENT_IP_HEADER)?.trim() ?? "unknown";
}

/** IPs are personal data: only a keyed hash is stored. */
export function hashIp(ip: string): string {
  const key = appSecret();
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
  const allowed = [forwarded, h.get("host"), hostOf(env().NEXTAUTH_URL)].filter(Boolean);
  return allowed.includes(origin);
}

export async function requestHeaders(): Promise<Headers> {
  return new Headers(await headers());
}

/** The portal's public address (NEXTAUTH_URL), for text that must spell it out (a printed receipt). */
export function publicOrigin(): string {
  const configured = env().NEXTAUTH_URL;
  return configured ? new URL(configured).origin : "";
}
