// The one place that turns a UI language into Intl formats (decision 132): dates, times in the
// country's zone, numbers and percentages. Client-safe (no server imports), shared by server and
// client components, so a date reads the same on the page and in the browser.
import type { Locale } from "./settings";

/**
 * The Intl locale of each UI language. Haitian Creole, Aymara and Guarani have no CLDR formats of
 * their own in Node's ICU data: their readers see dates the way their countries' documents write
 * them (French of Haiti, Spanish of Bolivia and Paraguay). Quechua has CLDR data.
 */
export const INTL_LOCALE: Record<Locale, string> = {
  es: "es",
  en: "en",
  pt: "pt",
  fr: "fr",
  ht: "fr-HT",
  qu: "qu",
  ay: "es-BO",
  gn: "es-PY",
};

/** Unknown tags (a string from elsewhere) fall back to Spanish, the network's common language. */
export function intlLocale(locale: string): string {
  return (INTL_LOCALE as Record<string, string | undefined>)[locale] ?? "es";
}

/** The wall clock of each participating country: the time the family and the officers use. */
export const COUNTRY_TIME_ZONES = {
  BZ: "America/Belize",
  BO: "America/La_Paz",
  CL: "America/Santiago",
  CR: "America/Costa_Rica",
  EC: "America/Guayaquil",
  GT: "America/Guatemala",
  NI: "America/Managua",
  PE: "America/Lima",
  PR: "America/Puerto_Rico",
} as const;

/** The time zone of a country (UTC when unknown or not given). */
export function countryTimeZone(country?: string | null): string {
  return (COUNTRY_TIME_ZONES as Record<string, string | undefined>)[country ?? ""] ?? "UTC";
}

/** Today's calendar date ("2026-12-02") in the country's zone: when its sessions' days begin. */
export function countryToday(country: string, now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: countryTimeZone(country) }).format(now);
}

/**
 * The instant a calendar day ("2026-12-02") begins in the country's zone: a date-range filter
 * typed by an officer means their own days, not UTC's.
 */
export function countryDayStart(country: string | null | undefined, isoDay: string): Date {
  const utcMidnight = new Date(`${isoDay}T00:00:00.000Z`);
  // The zone's offset at that moment; these countries change clocks rarely, and not at midnight.
  return new Date(utcMidnight.getTime() - zoneOffsetMs(utcMidnight, countryTimeZone(country)));
}

// Building an Intl.DateTimeFormat costs ~0.3 ms (most of a claim's local-time conversion, seen
// in the intake's CPU profile); one per zone is kept, as the zones are a short fixed list.
const zoneClocks = new Map<string, Intl.DateTimeFormat>();

function zoneClock(timeZone: string): Intl.DateTimeFormat {
  let clock = zoneClocks.get(timeZone);
  if (!clock) {
    clock = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    zoneClocks.set(timeZone, clock);
  }
  return clock;
}

/** Milliseconds the zone's wall clock is ahead of UTC at `at`. */
export function zoneOffsetMs(at: Date, timeZone: string): number {
  const parts = zoneClock(timeZone).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return (
    Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second")) -
    at.getTime()
  );
}

type DateInput = Date | string;
const asDate = (d: DateInput) => (typeof d === "string" ? new Date(d) : d);

/** An instant as a date in the country's zone ("2 oct 2026"); `style` as Intl's dateStyle. */
export function formatDate(
  d: DateInput,
  locale: string,
  opts: { country?: string | null; style?: "medium" | "long" | "short" } = {},
): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: opts.style ?? "medium",
    timeZone: countryTimeZone(opts.country),
  }).format(asDate(d));
}

/** An instant as date and time in the country's zone (UTC without a country); seconds with time "medium". */
export function formatDateTime(
  d: DateInput,
  locale: string,
  opts: { country?: string | null; style?: "medium" | "long" | "short"; time?: "short" | "medium" } = {},
): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: opts.style ?? "medium",
    timeStyle: opts.time ?? "short",
    timeZone: countryTimeZone(opts.country),
  }).format(asDate(d));
}

/** A calendar date (date of birth, a session's day, stored at UTC midnight): no time zone. */
export function formatCalendarDate(
  d: DateInput,
  locale: string,
  style: "medium" | "long" = "medium",
): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: style, timeZone: "UTC" }).format(asDate(d));
}

/** Two calendar dates as one range ("2–4 de febrero de 2026"). */
export function formatCalendarRange(start: Date, end: Date, locale: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "long", timeZone: "UTC" }).formatRange(
    start,
    end,
  );
}

/** A month of a calendar ("feb 2026"). */
export function formatMonth(month: string, locale: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${month}-01T00:00:00Z`));
}

/** A weekday (ISO: 1 = Monday … 7 = Sunday) as the language shortens it ("lun", "Mon", "seg."). */
export function formatWeekday(isoDay: number, locale: string): string {
  // 1 January 2024 was a Monday.
  return new Intl.DateTimeFormat(intlLocale(locale), { weekday: "short", timeZone: "UTC" }).format(
    new Date(Date.UTC(2024, 0, isoDay)),
  );
}

/** A wall-clock time ("16:30", no zone: an office's own hours) as the language writes it ("4:30 PM"). */
export function formatTimeOfDay(hhmm: string, locale: string): string {
  const [h, m] = hhmm.split(":").map(Number);
  return new Intl.DateTimeFormat(intlLocale(locale), {
    hour: "numeric",
    minute: "2-digit",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(2024, 0, 1, h, m)));
}

export function formatNumber(n: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale)).format(n);
}

/** A share (0.42) as a percentage, whole numbers ("42 %" or "42%" as the language writes it). */
export function formatPercent(share: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale), { style: "percent", maximumFractionDigits: 0 }).format(
    share,
  );
}

/** Sorts names (regions, countries) as the language orders them: "Ñuble" after "Nuble", "Áncash" with the A's. */
export function collator(locale: string): Intl.Collator {
  return new Intl.Collator(intlLocale(locale), { sensitivity: "base" });
}

/** A copy of `items` in the language's alphabetical order of `label(item)`. */
export function sortByLabel<T>(items: readonly T[], locale: string, label: (item: T) => string): T[] {
  const c = collator(locale);
  return [...items].sort((a, b) => c.compare(label(a), label(b)));
}
