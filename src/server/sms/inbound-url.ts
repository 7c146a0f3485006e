// The URL the SMS vendor called, which its signature covers (decisions 157, 168). Behind a proxy
// the app itself is called at another address (http://127.0.0.1:3000/...), so it is rebuilt:
// 1. PUBLIC_URL or NEXTAUTH_URL set: that address, with the request's own path and query;
// 2. else, behind a trusted proxy (TRUST_PROXY >= 1): the scheme and host the proxy forwarded
//    (X-Forwarded-Proto, X-Forwarded-Host; the first of a list is the client-facing one);
// 3. else the request's own address (Host; the vendor called this server directly).
// The host and proxy rules are requestBaseUrl's, shared with the links written in a request.
// Our HTTP server drops X-Forwarded-* unless TRUST_PROXY is set (incoming-headers.ts), so a
// caller cannot pick the host it is checked against.
import { env, requestBaseUrl } from "../env";

export function signedRequestUrl(req: Request): string {
  const own = new URL(req.url);
  const e = env();
  const base = e.PUBLIC_URL ?? e.NEXTAUTH_URL ?? requestBaseUrl(req.headers) ?? own.origin;
  return base.replace(/\/+$/, "") + own.pathname + own.search;
}
