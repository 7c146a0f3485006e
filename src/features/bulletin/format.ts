// Date formatting for the bulletin, through src/i18n/intl.ts. Last-seen instants are stored in
// UTC and shown in the time zone of the case's country, the wall clock the family gave,
// identically on the server and in the browser.
import { formatDate, formatDateTime } from "@/i18n/intl";
import type { Locale } from "@/i18n/settings";

export function formatLastSeen(iso: string, countryCode: string, locale: Locale, withTime: boolean): string {
  const opts = { country: countryCode, style: "long" as const };
  return withTime ? formatDateTime(iso, locale, opts) : formatDate(iso, locale, opts);
}
