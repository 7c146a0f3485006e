// What the portal's own HTTP server (scripts/start.ts) does to each request before Next sees it.
// Next gives route handlers and server actions no socket address, so the server passes it on in
// a header of its own, which it always overwrites (a client cannot set it). Without a trusted
// proxy (TRUST_PROXY unset) the X-Forwarded-* headers a client sent are dropped too: Next then
// fills them from the socket and the Host header, so per-IP limits see the real address and the
// server-action Origin check compares against the real host, not a forged X-Forwarded-Host.
// No server-only imports: the start script runs it outside Next.
import type { IncomingHttpHeaders } from "node:http";
import { env } from "./env";

/** Set by our server from the socket; never trusted from a client. */
export const CLIENT_IP_HEADER = "x-reencuentro-client-ip";

const FORWARDING_HEADERS = [
  "x-forwarded-for",
  "x-forwarded-host",
  "x-forwarded-proto",
  "x-forwarded-port",
  "x-real-ip",
  "forwarded",
];

/** How many proxies in front of the app append to X-Forwarded-For (TRUST_PROXY=1, 2...); 0 = none. */
export function trustedProxyHops(raw?: string): number {
  if (raw === undefined) return env().TRUST_PROXY;
  if (raw === "true") return 1;
  const n = Number(raw ?? 0);
  return Number.isInteger(n) && n > 0 ? n : 0;
}

export function prepareIncomingHeaders(
  headers: IncomingHttpHeaders,
  socketAddress: string | undefined,
  hops = trustedProxyHops(),
): void {
  delete headers[CLIENT_IP_HEADER];
  if (socketAddress) headers[CLIENT_IP_HEADER] = socketAddress.replace(/^::ffff:/, "");
  if (hops === 0) for (const name of FORWARDING_HEADERS) delete headers[name];
}
