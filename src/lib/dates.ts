// Dates of the cases feature, through the one intl module (src/i18n/intl.ts): instants in the
// time zone of the case's country, the clock the family and the officers use.
import * as intl from "@/i18n/intl";
import type { Locale } from "@/i18n/settings";

export { countryTimeZone } from "@/i18n/intl";

export const formatDate = (d: Date | string, locale: Locale, country?: string) =>
  intl.formatDate(d, locale, { country });

export const formatDateTime = (d: Date | string, locale: Locale, country?: string) =>
  intl.formatDateTime(d, locale, { country });

/** Calendar dates (date of birth) have no time zone. */
export const formatCalendarDate = (d: Date | string, locale: Locale) => intl.formatCalendarDate(d, locale);
