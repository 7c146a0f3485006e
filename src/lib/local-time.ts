// Claims give the date and time as the family knows them: local time in the country where the
// person was last seen. They are stored as UTC instants.
import { COUNTRY_TIME_ZONES as ZONES } from "@/i18n/intl";
import type { ClaimCountry } from "./case-options";

/** The countries' zones live in the intl module; typed here by the countries a claim may name. */
export const COUNTRY_TIME_ZONES: Record<ClaimCountry, string> = ZONES;

/** Milliseconds the zone's wall clock is ahead of UTC at `at`. */
function zoneOffsetMs(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return (
    Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second")) -
    at.getTime()
  );
}

/** "2026-10-02" + "17:30" in Bolivia -> the UTC instant. Without a time, noon local is used. */
export function localToUtc(date: string, time: string | undefined, country: ClaimCountry): Date {
  const naive = new Date(`${date}T${time ?? "12:00"}:00Z`);
  return new Date(naive.getTime() - zoneOffsetMs(naive, COUNTRY_TIME_ZONES[country]));
}
