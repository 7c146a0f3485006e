// Reference data: the police line a family can call about a claim, per network country, and when
// it answers. Shown on the receipt (and printed with it) and on the track page's contact point.
// These are the national police numbers that answer day and night (names are proper names: not
// translated). Units of the network keep their own numbers in their records; a family first
// needs one that always answers.
import { formatTimeOfDay, formatWeekday } from "@/i18n/intl";
import type { Translate } from "@/i18n/translate";
import type { CountryCode } from "@/lib/reference/countries";

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Days `from`..`to` (inclusive), open `opens`..`closes` on the unit's own wall clock ("08:00"). */
export interface OpeningPeriod {
  from: Weekday;
  to: Weekday;
  opens: string;
  closes: string;
}

/** "always": answers day and night, every day; otherwise the weekly periods it is open. */
export type OpeningHours = "always" | readonly OpeningPeriod[];

export interface PoliceContact {
  name: string;
  phone: string;
  hours: OpeningHours;
}

export const POLICE_CONTACTS: Record<CountryCode, PoliceContact> = {
  BZ: { name: "Belize Police Department", phone: "911", hours: "always" },
  BO: { name: "Policía Boliviana – FELCC", phone: "110", hours: "always" },
  CL: { name: "Carabineros de Chile", phone: "133", hours: "always" },
  CR: { name: "Fuerza Pública de Costa Rica", phone: "911", hours: "always" },
  EC: { name: "Policía Nacional del Ecuador – DINASED", phone: "911", hours: "always" },
  GT: { name: "Policía Nacional Civil", phone: "110", hours: "always" },
  NI: { name: "Policía Nacional de Nicaragua", phone: "118", hours: "always" },
  PE: { name: "Policía Nacional del Perú", phone: "105", hours: "always" },
  PR: { name: "Negociado de la Policía de Puerto Rico", phone: "911", hours: "always" },
};

/** The contact of a network country, if known. */
export function policeContactForCountry(countryCode: string): PoliceContact | undefined {
  return (POLICE_CONTACTS as Record<string, PoliceContact | undefined>)[countryCode];
}

/** The contact for a case number ("BO-2026-000011": its prefix is the country), if known. */
export function policeContactForCase(caseNumber: string): PoliceContact | undefined {
  return policeContactForCountry(caseNumber.slice(0, 2));
}

/**
 * When the line answers, in the reader's language: "open 24 hours, every day", or each period as
 * "lun–vie 8:00–16:30" with the language's weekday names and clock (src/i18n/intl.ts).
 */
export function formatOpeningHours(hours: OpeningHours, locale: string, t: Translate): string {
  if (hours === "always") return t("common:openingHours.always");
  return hours
    .map((p) =>
      t("common:openingHours.period", {
        days:
          p.from === p.to
            ? formatWeekday(p.from, locale)
            : `${formatWeekday(p.from, locale)}–${formatWeekday(p.to, locale)}`,
        opens: formatTimeOfDay(p.opens, locale),
        closes: formatTimeOfDay(p.closes, locale),
      }),
    )
    .join("; ");
}
