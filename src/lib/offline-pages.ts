// Which pages the service worker may keep a copy of (src/sw/sw.ts, decision 147), shared with
// the proxy, which marks the responses that are safe to keep.
import { DEFAULT_LOCALE, isLocale, LOCALES } from "@/i18n/settings";

/** Set by the proxy on a public page answered to a request without cookies. */
export const OFFLINE_COPY_HEADER = "x-offline-copy";

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
