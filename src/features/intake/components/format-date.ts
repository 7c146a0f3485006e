import type { Locale } from "@/i18n/settings";
import { COUNTRY_TIME_ZONES } from "../local-time";
import type { ClaimCountry } from "../options";

// Aymara, Guarani and Haitian Creole have no date formats in Node's ICU data: their readers
// see dates written the way their countries' documents write them.
const DATE_LOCALE: Record<Locale, string> = {
  es: "es",
  en: "en",
  pt: "pt",
  fr: "fr",
  ht: "fr-HT",
  qu: "qu",
  ay: "es-BO",
  gn: "es-PY",
};

/** A day as people in the case's country see it, e.g. "2 de octubre de 2026". */
export function formatDay(date: Date, locale: Locale, country: string): string {
  const timeZone = COUNTRY_TIME_ZONES[country as ClaimCountry] ?? "UTC";
  return new Intl.DateTimeFormat(DATE_LOCALE[locale], { dateStyle: "long", timeZone }).format(date);
}
