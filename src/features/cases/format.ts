// Date formatting shared by server and client components of the cases feature. Times are shown
// in the time zone of the case's country: that is the clock the family and the officers use.
import { COUNTRY_TIME_ZONES } from "@/features/intake/local-time";
import type { Locale } from "@/i18n/settings";

// Our languages without their own CLDR data (qu, ay, gn, ht) fall back to Spanish or French dates.
// The bulletin formats its dates with the same mapping and time zones.
export const INTL_LOCALE: Record<Locale, string> = {
  es: "es",
  en: "en",
  pt: "pt",
  fr: "fr",
  ht: "fr",
  qu: "es",
  ay: "es",
  gn: "es",
};

/** The time zone of a case's country (UTC when unknown). */
export const countryTimeZone = (country?: string) =>
  (COUNTRY_TIME_ZONES as Record<string, string | undefined>)[country ?? ""] ?? "UTC";

export function formatDate(d: Date | string, locale: Locale, country?: string): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    dateStyle: "medium",
    timeZone: countryTimeZone(country),
  }).format(new Date(d));
}

export function formatDateTime(d: Date | string, locale: Locale, country?: string): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: countryTimeZone(country),
  }).format(new Date(d));
}

/** Calendar dates (date of birth) have no time zone. */
export function formatCalendarDate(d: Date | string, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: "medium", timeZone: "UTC" }).format(
    new Date(d),
  );
}
