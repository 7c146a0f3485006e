// Claims give the date and time as the family knows them: local time in the country where the
// person was last seen. They are stored as UTC instants.
import { COUNTRY_TIME_ZONES as ZONES, zoneOffsetMs } from "@/i18n/intl";
import type { ClaimCountry } from "./case-options";

/** The countries' zones live in the intl module; typed here by the countries a claim may name. */
export const COUNTRY_TIME_ZONES: Record<ClaimCountry, string> = ZONES;

/** "2026-10-02" + "17:30" in Bolivia -> the UTC instant. Without a time, noon local is used. */
export function localToUtc(date: string, time: string | undefined, country: ClaimCountry): Date {
  const naive = new Date(`${date}T${time ?? "12:00"}:00Z`);
  return new Date(naive.getTime() - zoneOffsetMs(naive, COUNTRY_TIME_ZONES[country]));
}
