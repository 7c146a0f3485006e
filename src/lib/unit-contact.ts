// The unit a family should call, from reference data: an organisation's own phone and hours when
// an administrator entered them, else the country's national police line (police-contacts.ts),
// which always answers. Hours are stored as short text an administrator can type and this file
// can check: "always", or periods "1-5 08:00-16:30; 6 09:00-13:00" (ISO weekdays, 1 = Monday).
import {
  policeContactForCountry,
  type OpeningHours,
  type OpeningPeriod,
  type PoliceContact,
} from "./police-contacts";

const PERIOD = /^([1-7])(?:-([1-7]))? ([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]):([0-5]\d)$/;

/** The stored text's hours, or null when it is not in the format (the admin form refuses it). */
export function parseOpeningHours(text: string): OpeningHours | null {
  const value = text.trim().replace(/\s+/g, " ");
  if (value.toLowerCase() === "always") return "always";
  const periods: OpeningPeriod[] = [];
  for (const part of value.split(";").map((p) => p.trim())) {
    const m = PERIOD.exec(part);
    if (!m) return null;
    const from = Number(m[1]) as OpeningPeriod["from"];
    const to = Number(m[2] ?? m[1]) as OpeningPeriod["to"];
    const opens = `${m[3]}:${m[4]}`;
    const closes = `${m[5]}:${m[6]}`;
    if (to < from || closes <= opens) return null;
    periods.push({ from, to, opens, closes });
  }
  return periods.length ? periods : null;
}

export interface UnitContactFields {
  name: string;
  contactPhone: string | null;
  contactHours: string | null;
}

/**
 * Whom the family calls: the unit, when it has a phone and readable hours (a number without
 * known hours could leave a family calling a closed office at night), else the national line of
 * `countryCode`. Undefined only for a country without one.
 */
export function unitContact(unit: UnitContactFields | null, countryCode: string): PoliceContact | undefined {
  const hours = unit?.contactHours ? parseOpeningHours(unit.contactHours) : null;
  if (unit?.contactPhone && hours) return { name: unit.name, phone: unit.contactPhone, hours };
  return policeContactForCountry(countryCode);
}
