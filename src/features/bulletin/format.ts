// Date formatting for the bulletin. Intl has no data for Haitian Creole, Aymara or Guarani and
// would fall back to English; their readers are served better by French or Spanish month
// names. Last-seen instants are stored in UTC and shown in the time zone of the case's country,
// the wall clock the family gave, identically on the server and in the browser.
import { countryTimeZone, INTL_LOCALE } from "@/features/cases/format";
import type { Locale } from "@/i18n/settings";

export function formatLastSeen(iso: string, countryCode: string, locale: Locale, withTime: boolean): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    dateStyle: "long",
    ...(withTime ? { timeStyle: "short" } : {}),
    timeZone: countryTimeZone(countryCode),
  }).format(new Date(iso));
}
