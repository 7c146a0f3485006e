/**
 * Countries served by the portal. Pure reference data so that seeds, tests and
 * the app share one source of truth without touching the database.
 */

export const COUNTRY_CODES = ["BZ", "BO", "CL", "CR", "EC", "GT", "NI", "PE", "PR"] as const;

export type CountryCode = (typeof COUNTRY_CODES)[number];

export type Locale = "es" | "en";

export interface Country {
  code: CountryCode;
  /** English name. */
  name: string;
  nameEs: string;
  /** Case numbers are prefixed with the country code so they stay unique across borders. */
  casePrefix: CountryCode;
  defaultLocale: Locale;
  /** E.164 country calling code, with the leading "+". */
  dialCode: string;
}

export const COUNTRIES: readonly Country[] = [
  { code: "BZ", name: "Belize", nameEs: "Belice", casePrefix: "BZ", defaultLocale: "en", dialCode: "+501" },
  { code: "BO", name: "Bolivia", nameEs: "Bolivia", casePrefix: "BO", defaultLocale: "es", dialCode: "+591" },
  { code: "CL", name: "Chile", nameEs: "Chile", casePrefix: "CL", defaultLocale: "es", dialCode: "+56" },
  {
    code: "CR",
    name: "Costa Rica",
    nameEs: "Costa Rica",
    casePrefix: "CR",
    defaultLocale: "es",
    dialCode: "+506",
  },
  { code: "EC", name: "Ecuador", nameEs: "Ecuador", casePrefix: "EC", defaultLocale: "es", dialCode: "+593" },
  {
    code: "GT",
    name: "Guatemala",
    nameEs: "Guatemala",
    casePrefix: "GT",
    defaultLocale: "es",
    dialCode: "+502",
  },
  {
    code: "NI",
    name: "Nicaragua",
    nameEs: "Nicaragua",
    casePrefix: "NI",
    defaultLocale: "es",
    dialCode: "+505",
  },
  { code: "PE", name: "Peru", nameEs: "Perú", casePrefix: "PE", defaultLocale: "es", dialCode: "+51" },
  // Puerto Rico shares the North American +1 code; local area codes are 787 and 939.
  {
    code: "PR",
    name: "Puerto Rico",
    nameEs: "Puerto Rico",
    casePrefix: "PR",
    defaultLocale: "es",
    dialCode: "+1",
  },
];

export function isCountryCode(value: string): value is CountryCode {
  return (COUNTRY_CODES as readonly string[]).includes(value);
}

export function getCountry(code: CountryCode): Country {
  const country = COUNTRIES.find((c) => c.code === code);
  // Unreachable while COUNTRIES and COUNTRY_CODES stay in sync; guards against drift.
  if (!country) throw new Error(`Unknown country code: ${code}`);
  return country;
}
