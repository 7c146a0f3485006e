// Where to send someone after signing in. Shared by the login page and its action; no server
// imports, so it is unit-tested directly.
import type { Role } from "@/generated/prisma/enums";
import type { Locale } from "@/i18n/settings";

const PLACEHOLDER = "http://placeholder.invalid";

/**
 * A path on this site to return to, or null. Only same-site paths are accepted (never
 * "//evil.example" or "/\\evil.example", which browsers treat as other hosts), and never the
 * login page or API routes.
 */
export function safeReturnPath(raw: unknown): string | null {
  if (typeof raw !== "string" || raw.length > 2000) return null;
  if (!raw.startsWith("/") || raw.startsWith("//") || /[\\\u0000-\u001f]/.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw, PLACEHOLDER);
  } catch {
    return null;
  }
  if (url.origin !== PLACEHOLDER) return null;
  // Decide on the normalised path: "/..//evil.example" and "/.%2e//evil.example" resolve to
  // "//evil.example", which a browser reads as another host.
  if (url.pathname.startsWith("//") || url.pathname.includes("\\")) return null;
  if (url.pathname.startsWith("/api/") || /^\/[a-z]{2}\/login\/?$/.test(url.pathname)) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** Each role's staff home: the case list, the training area, or the found-person list. */
export function homePath(locale: Locale, role: Role): string {
  if (role === "TRAINER") return `/${locale}/training`;
  // Border and forensic staff see no claims: their home is the found-person list.
  if (role === "MIGRATION" || role === "FORENSIC") return `/${locale}/found`;
  return `/${locale}/cases`;
}
