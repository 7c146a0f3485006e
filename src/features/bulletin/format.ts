// Date formatting for the bulletin. Intl has no data for Haitian Creole, Aymara or Guarani and
// would fall back to English; their readers are served better by French or Spanish month
// names. Last-seen instants are stored in UTC and shown in the time zone of the case's country,
// the wall clock the family gave, identically on the server and in the browser.
import { COUNTRY_TIME_ZONES } from "@/features/intake/local-time";
import type { Locale } from "@/i18n/settings";

const INTL_LOCALE: Record<Locale, string> = {
  es: "es",
  en: "en",
  pt: "pt",
  fr: "fr",
  ht: "fr",
  qu: "es",
  ay: "es",
  gn: "es",
};

function zoneOf(countryCode: string): string {
  return (COUNTRY_TIME_ZONES as Record<string, string>)[countryCode] ?? "UTC";
}

export function formatLastSeen(iso: string, countryCode: string, locale: Locale, withTime: boolean): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    dateStyle: "long",
    ...(withTime ? { timeStyle: "short" } : {}),
    timeZone: zoneOf(countryCode),
  }).format(new Date(iso));
}
