// Sent on every response. Next's own inline bootstrap scripts need 'unsafe-inline' unless every
// page is rendered per request with a nonce (which would make public pages uncacheable); the
// parts that matter most here are frame-ancestors, form-action, connect-src and object-src.
import { env } from "./env";

export function securityHeaders(): { key: string; value: string }[] {
  const dev = env().NODE_ENV !== "production";
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
  return [
    { key: "Content-Security-Policy", value: csp },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    // Not "no-referrer": with it, browsers send `Origin: null` on plain form posts, and Next then
    // refuses every server action submitted before (or without) JavaScript. "same-origin" still
    // gives other sites no referrer, so case URLs never leak out.
    { key: "Referrer-Policy", value: "same-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    // Browsers ignore HSTS over plain HTTP, so it is harmless on a local run and binding once
    // the portal is served over TLS.
    ...(dev ? [] : [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]),
  ];
}
