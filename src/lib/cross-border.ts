// Which neighbouring police forces a new claim alerts (issue 12, "cross-border alerts"): a minor,
// or a claim with trafficking indicators, is brought to the police of every participating
// country that shares a land border with the country of the claim, and of any participating
// country the circumstances name ("se fue a trabajar a Lima"). Pure: the caller reads the
// country's neighbours from the CountryNeighbour table (admins edit it) and writes the items
// (the intake in the same statement as the claim; a later trafficking flag through a job).
import { normalizeName } from "@/lib/names/normalize";
import { COUNTRIES } from "@/lib/reference/countries";

// Names a family writes for a place in each participating country (country and capital/largest
// cities), normalised like every name. Kept short: a false alert costs an officer a minute.
const PLACES: Record<string, readonly string[]> = {
  BZ: ["belize", "belice", "belmopan", "belize city"],
  BO: ["bolivia", "la paz", "santa cruz de la sierra", "cochabamba", "el alto"],
  CL: ["chile", "santiago de chile", "iquique", "arica", "antofagasta"],
  CR: ["costa rica", "san jose de costa rica"],
  EC: ["ecuador", "quito", "guayaquil"],
  GT: ["guatemala", "ciudad de guatemala", "quetzaltenango"],
  NI: ["nicaragua", "managua"],
  PE: ["peru", "lima", "cusco", "cuzco", "puno", "tacna", "arequipa"],
  PR: ["puerto rico", "san juan de puerto rico"],
};

const PARTICIPATING = new Set<string>(COUNTRIES.map((c) => c.code));

/** The participating countries the text names (word-bounded, accents and case ignored). */
export function countriesNamedIn(text: string): string[] {
  const words = ` ${normalizeName(text)} `;
  return Object.entries(PLACES)
    .filter(
      ([code, names]) =>
        PARTICIPATING.has(code) && names.some((n) => words.includes(` ${normalizeName(n)} `)),
    )
    .map(([code]) => code);
}

export interface AlertFacts {
  country: string;
  /** The country's neighbours, as the CountryNeighbour table lists them. */
  neighbours: readonly string[];
  ageAtLastSeen: number | null;
  riskIndicators: readonly string[];
  /** Police flagged the case as possible trafficking (after the intake, perhaps without indicators). */
  flagged?: boolean;
  circumstances: string;
}

/** The countries to alert and why (MINOR, TRAFFICKING, BORDER, PLACE), never the claim's own. */
export function crossBorderAlerts(f: AlertFacts): { countryCode: string; reasons: string[] }[] {
  const why: string[] = [];
  if (f.ageAtLastSeen !== null && f.ageAtLastSeen < 18) why.push("MINOR");
  if (f.riskIndicators.length || f.flagged) why.push("TRAFFICKING");
  if (!why.length) return [];
  const targets = new Map<string, string[]>();
  for (const n of f.neighbours) targets.set(n, [...why, "BORDER"]);
  for (const n of countriesNamedIn(f.circumstances))
    if (n !== f.country) targets.set(n, [...(targets.get(n) ?? why), "PLACE"]);
  return [...targets].map(([countryCode, reasons]) => ({ countryCode, reasons }));
}

/** Age in whole years on a date, from the date of birth or the approximate age given. */
export function ageOn(
  dateOfBirth: string | undefined | null,
  approxAge: number | undefined | null,
  on: Date,
) {
  if (dateOfBirth) {
    const b = new Date(`${dateOfBirth}T00:00:00Z`);
    let age = on.getUTCFullYear() - b.getUTCFullYear();
    const m = on.getUTCMonth() - b.getUTCMonth();
    if (m < 0 || (m === 0 && on.getUTCDate() < b.getUTCDate())) age--;
    return age;
  }
  return approxAge ?? null;
}
