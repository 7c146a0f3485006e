// Dates of sessions are calendar dates (stored at UTC midnight): always format them in UTC.
// Quechua, Aymara and Guarani may be missing from the runtime's ICU data; Spanish is the fallback.

export function formatDate(locale: string, date: Date | string): string {
  const d = typeof date === "string" ? new Date(date) : date;
  return new Intl.DateTimeFormat([locale, "es"], { dateStyle: "long", timeZone: "UTC" }).format(d);
}

export function formatDateRange(locale: string, start: Date, end: Date | null): string {
  if (!end || end.getTime() === start.getTime()) return formatDate(locale, start);
  return new Intl.DateTimeFormat([locale, "es"], { dateStyle: "long", timeZone: "UTC" }).formatRange(
    start,
    end,
  );
}

export function formatMonth(locale: string, month: string): string {
  const d = new Date(`${month}-01T00:00:00Z`);
  return new Intl.DateTimeFormat([locale, "es"], { month: "short", year: "numeric", timeZone: "UTC" }).format(
    d,
  );
}

export function isoDay(date: Date | null): string {
  return date ? date.toISOString().slice(0, 10) : "";
}
