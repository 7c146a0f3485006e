import { describe, expect, it } from "vitest";
import { COUNTRIES, COUNTRY_CODES, type CountryCode } from "@/lib/reference/countries";
import { CITIES, REGIONS } from "@/lib/reference/regions";
import {
  CASE_STATUSES,
  LANGUAGE_CODES,
  REPORTER_RELATIONSHIPS,
  RISK_INDICATORS,
  generateSyntheticCase,
  type SyntheticCase,
} from "./case-factory";
import { BUILDS } from "./case-pools";
import { createRng } from "./random";

const NOW = new Date("2026-04-15T12:00:00Z");
const TWO_YEARS_MS = 731 * 86_400_000;

function generate(country: CountryCode, count: number, seed = 1): SyntheticCase[] {
  const rng = createRng(seed);
  return Array.from({ length: count }, () => generateSyntheticCase(rng, { country, now: NOW }));
}

/** Age at disappearance, from whichever of dateOfBirth / approxAge is known. */
function ageOf(c: SyntheticCase): number | null {
  if (c.approxAge !== null) return c.approxAge;
  if (c.dateOfBirth === null) return null;
  return (c.lastSeenAt.getTime() - Date.parse(c.dateOfBirth)) / (365.25 * 86_400_000);
}

describe("reference data", () => {
  it("lists the nine countries with their locale and case prefix", () => {
    expect(COUNTRIES.map((c) => c.code)).toEqual([...COUNTRY_CODES]);
    for (const c of COUNTRIES) {
      expect(c.casePrefix).toBe(c.code);
      expect(c.defaultLocale).toBe(c.code === "BZ" ? "en" : "es");
      expect(c.dialCode).toMatch(/^\+\d{1,3}$/);
    }
  });

  it("has the real number of first-level divisions", () => {
    const counts = Object.fromEntries(COUNTRY_CODES.map((c) => [c, REGIONS[c].length]));
    expect(counts).toMatchObject({ BZ: 7, BO: 9, CL: 16, CR: 7, EC: 24, GT: 22, NI: 17, PR: 78 });
    expect([25, 26]).toContain(counts.PE);
  });

  it("uses unique, country-prefixed region codes and accented names", () => {
    for (const country of COUNTRY_CODES) {
      const codes = REGIONS[country].map((r) => r.code);
      expect(new Set(codes).size).toBe(codes.length);
      for (const code of codes) expect(code.startsWith(`${country}-`)).toBe(true);
    }
    const names = COUNTRY_CODES.flatMap((c) => REGIONS[c].map((r) => r.name));
    for (const name of ["Potosí", "Ñuble", "Limón", "Sololá", "Río San Juan", "Mayagüez", "San Pedro"]) {
      expect(names).toContain(name);
    }
  });

  it("maps every city to a region of its own country", () => {
    for (const country of COUNTRY_CODES) {
      expect(CITIES[country].length).toBeGreaterThanOrEqual(5);
      expect(CITIES[country].length).toBeLessThanOrEqual(15);
      const codes = REGIONS[country].map((r) => r.code);
      for (const city of CITIES[country]) expect(codes, city.name).toContain(city.regionCode);
    }
    expect(CITIES.BZ).toContainEqual({ name: "San Pedro", regionCode: "BZ-SP" });
  });
});

describe("generateSyntheticCase", () => {
  it("is deterministic for a seed", () => {
    expect(generate("PE", 20, 77)).toEqual(generate("PE", 20, 77));
    expect(generate("PE", 20, 77)).not.toEqual(generate("PE", 20, 78));
  });

  it("produces well-formed cases in every country", () => {
    for (const country of COUNTRY_CODES) {
      const dial = COUNTRIES.find((c) => c.code === country)!.dialCode;
      const regionCodes = REGIONS[country].map((r) => r.code);
      for (const c of generate(country, 300)) {
        expect(c.country).toBe(country);
        expect(regionCodes).toContain(c.regionCode);
        expect(CITIES[country]).toContainEqual({ name: c.city, regionCode: c.regionCode });
        expect(COUNTRY_CODES).toContain(c.nationality);
        expect(c.name).toEqual({
          givenNames: c.givenNames,
          familyNames: c.familyNames,
          otherNames: c.otherNames,
        });
        expect(c.givenNames.length).toBeGreaterThan(0);
        expect(c.familyNames.length).toBeGreaterThan(0);
        expect(c.dateOfBirth === null || c.approxAge === null).toBe(true);
        if (c.dateOfBirth) expect(c.dateOfBirth).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(c.lastSeenAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
        expect(NOW.getTime() - c.lastSeenAt.getTime()).toBeLessThan(TWO_YEARS_MS);
        expect(c.languages.length).toBeGreaterThan(0);
        for (const lang of c.languages) expect(LANGUAGE_CODES).toContain(lang);
        expect(new Set(c.riskIndicators).size).toBe(c.riskIndicators.length);
        for (const r of c.riskIndicators) expect(RISK_INDICATORS).toContain(r);
        expect(CASE_STATUSES).toContain(c.status);
        expect(REPORTER_RELATIONSHIPS).toContain(c.reporter.relationship);
        expect(c.reporter.phone.startsWith(dial)).toBe(true);
        expect(c.reporter.phone).toMatch(/^\+\d{8,13}$/);
        if (c.reporter.email) expect(c.reporter.email).toMatch(/^[a-z]+\.[a-z]+\d*@example\.org$/);
        expect(c.circumstances.split(/(?<=[.!?])\s+/).length).toBeLessThanOrEqual(3);
        if (c.heightCm !== null) expect(c.heightCm).toBeGreaterThan(60);
      }
    }
  });

  it("skews towards teenagers and young adults", () => {
    const ages = generate("GT", 2_000)
      .map(ageOf)
      .filter((a): a is number => a !== null);
    const young = ages.filter((a) => a >= 12 && a < 26).length / ages.length;
    expect(young).toBeGreaterThan(0.6);
    expect(Math.min(...ages)).toBeGreaterThanOrEqual(0);
  });

  it("keeps most cases free of trafficking indicators and active or reported", () => {
    const cases = generate("NI", 2_000);
    const flagged = cases.filter((c) => c.riskIndicators.length > 0).length / cases.length;
    expect(flagged).toBeGreaterThan(0.1);
    expect(flagged).toBeLessThan(0.4);
    const open = cases.filter((c) => c.status === "ACTIVE" || c.status === "REPORTED").length;
    expect(open / cases.length).toBeGreaterThan(0.5);
  });

  it("never publishes a minor's photo without a confirmed guardian", () => {
    for (const c of generate("BO", 2_000)) {
      const age = ageOf(c);
      if (age !== null && age < 18 && !c.consent.guardianConfirmed) {
        expect(c.consent.publishPhoto).toBe(false);
      }
    }
  });

  it("writes Belize cases in English, with Kriol and Mayan languages, unless asked otherwise", () => {
    const cases = generate("BZ", 500);
    for (const c of cases) {
      expect(c.locale).toBe("en");
      expect(BUILDS.en).toContain(c.build);
    }
    const langs = new Set(cases.flatMap((c) => c.languages));
    expect(langs).toContain("kriol");
    expect(langs).toContain("qeqchi");
    const rng = createRng(3);
    const spanish = generateSyntheticCase(rng, { country: "BZ", now: NOW, locale: "es" });
    expect(spanish.locale).toBe("es");
    expect(BUILDS.es).toContain(spanish.build);
  });

  it("issues Chilean RUTs and Ecuadorian cédulas with valid check digits", () => {
    const ruts = generate("CL", 500)
      .map((c) => c.identityDocument)
      .filter((d): d is string => d?.startsWith("RUT ") ?? false);
    expect(ruts.length).toBeGreaterThan(50);
    for (const rut of ruts) {
      const [, body, check] = /^RUT ([\d.]+)-([\dK])$/.exec(rut)!;
      const digits = body!.replaceAll(".", "").split("").reverse();
      const sum = digits.reduce((acc, d, i) => acc + Number(d) * ((i % 6) + 2), 0);
      const expected = 11 - (sum % 11);
      expect(check).toBe(expected === 11 ? "0" : expected === 10 ? "K" : String(expected));
    }
    const cedulas = generate("EC", 500)
      .map((c) => c.identityDocument)
      .filter((d): d is string => d?.startsWith("CI ") ?? false);
    expect(cedulas.length).toBeGreaterThan(50);
    for (const doc of cedulas) {
      const digits = doc.slice(3).split("").map(Number);
      const sum = digits.slice(0, 9).reduce((acc, d, i) => {
        const p = d * (i % 2 === 0 ? 2 : 1);
        return acc + (p > 9 ? p - 9 : p);
      }, 0);
      expect(digits[9]).toBe((10 - (sum % 10)) % 10);
    }
  });
});
