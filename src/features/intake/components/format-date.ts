import { formatDate } from "@/i18n/intl";
import type { Locale } from "@/i18n/settings";

/** A day as people in the case's country see it, e.g. "2 de octubre de 2026" (src/i18n/intl.ts). */
export function formatDay(date: Date, locale: Locale, country: string): string {
  return formatDate(date, locale, { country, style: "long" });
}
