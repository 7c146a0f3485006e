// Dates of sessions are calendar dates (stored at UTC midnight): formatted in UTC, through the
// one intl module (src/i18n/intl.ts).
import { formatCalendarDate, formatCalendarRange, formatMonth as intlMonth } from "@/i18n/intl";

export function formatDate(locale: string, date: Date | string): string {
  return formatCalendarDate(date, locale, "long");
}

export function formatDateRange(locale: string, start: Date, end: Date | null): string {
  if (!end || end.getTime() === start.getTime()) return formatDate(locale, start);
  return formatCalendarRange(start, end, locale);
}

export function formatMonth(locale: string, month: string): string {
  return intlMonth(month, locale);
}

export function isoDay(date: Date | null): string {
  return date ? date.toISOString().slice(0, 10) : "";
}
