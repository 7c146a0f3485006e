// Which pages the service worker may keep a copy of (src/sw/sw.ts, decision 147), shared with
// the proxy, which marks the responses that are safe to keep.
import { DEFAULT_LOCALE, isLocale, LOCALES } from "@/i18n/settings";

/**
 * Set by the proxy: "1" on a public page answered to a request without cookies; "status" on the
 * track page answered to a request whose only cookie is the family's track cookie.
 */
export const OFFLINE_COPY_HEADER = "x-offline-copy";

/** The track page's cookie (track-session.ts), the one cookie a kept status copy may come from. */
export const TRACK_COOKIE = "reen_track";

/** Marks the status view's notice for an offline copy; the worker shows it only on a kept copy. */
export const STALE_MARKER = "data-offline-stale";

/** A kept status copy older than this is deleted rather than shown. */
export const STATUS_COPY_MAX_AGE_MS = 7 * 24 * 3600 * 1000;

/** `/<locale>/track`, whose status view the family may read offline (decision 163). */
export function isTrackPage(pathname: string): boolean {
  const [, locale, page, ...rest] = pathname.split("/");
  return isLocale(locale) && page === "track" && rest.length === 0;
}

/** The home page, the report form and the track form of every language. */
export function isOfflinePage(pathname: string): boolean {
  const [, locale, page, ...rest] = pathname.split("/");
  if (!isLocale(locale) || rest.length > 0) return false;
  return page === undefined || page === "" || page === "report" || page === "track";
}

/** The language's offline page, shown for any page that is neither online nor kept. */
export function offlineFallbackPath(pathname: string): string {
  const first = pathname.split("/")[1];
  return `/${isLocale(first) ? first : DEFAULT_LOCALE}/offline`;
}

export const OFFLINE_FALLBACK_PATHS = LOCALES.map((l) => `/${l}/offline`);
