/**
 * Plausible missing-person claims for seeds, tests and the lookup benchmark.
 * Distributions are rough but deliberate: most reports concern girls aged
 * 12–17 and young adults, most cases have no trafficking indicators, and the
 * language of the text follows the country (English for Belize).
 */
import { getCountry, type CountryCode, type Locale } from "@/lib/reference/countries";
import { CITIES } from "@/lib/reference/regions";
import { RISK_INDICATORS } from "@/lib/case-options";
import * as T from "./case-pools";
import { generateIdentityDocument } from "./identity-documents";
import { generatePerson, stripAccents, type Culture, type NameSex, type PersonName } from "./names";
import type { Rng } from "./random";

export const LANGUAGE_CODES = [
  "es",
  "en",
  "qu",
  "ay",
  "gn",
  "kriol",
  "garifuna",
  "qeqchi",
  "kiche",
  "mam",
] as const;
export type LanguageCode = (typeof LANGUAGE_CODES)[number];

// Same codes the claim form offers; the other lists above and below are narrower on purpose
// (the synthetic cases use only some of the form's languages, relationships and statuses).
export { RISK_INDICATORS };
export type RiskIndicator = (typeof RISK_INDICATORS)[number];

export const REPORTER_RELATIONSHIPS = [
  "MOTHER",
  "FATHER",
  "SIBLING",
  "GRANDPARENT",
  "OTHER_RELATIVE",
  "FRIEND",
  "TEACHER",
  "OTHER",
] as const;
export type ReporterRelationship = (typeof REPORTER_RELATIONSHIPS)[number];

export const CASE_STATUSES = ["REPORTED", "VERIFIED", "ACTIVE", "LOCATED_ALIVE", "CLOSED"] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export type CaseSex = NameSex | "OTHER" | "UNKNOWN";

export interface SyntheticReporter {
  name: string;
  relationship: ReporterRelationship;
  /** E.164, e.g. "+50161234567". Random digits: never dial or text these. */
  phone: string;
  email: string | null;
  preferredLocale: Locale;
}

export interface SyntheticConsent {
  publishPhoto: boolean;
  publishName: boolean;
  publishAge: boolean;
  publishLastSeen: boolean;
  /** Not drawn (absent: false), so existing seeds produce the same cases. */
  publishDescription?: boolean;
  guardianConfirmed: boolean;
}

/**
 * `name` groups the person's names; the same three fields are also copied
 * flat so callers can map the case onto a record field by field.
 */
export interface SyntheticCase extends PersonName {
  name: PersonName;
  /** Country where the case is reported; region and city belong to it. */
  country: CountryCode;
  locale: Locale;
  sex: CaseSex;
  /** ISO date (YYYY-MM-DD); when null, approxAge may hold the age at disappearance. */
  dateOfBirth: string | null;
  approxAge: number | null;
  nationality: CountryCode;
  languages: LanguageCode[];
  heightCm: number | null;
  build: string;
  hair: string;
  eyeColour: string;
  distinguishingMarks: string | null;
  clothing: string;
  medicalNeeds: string | null;
  regionCode: string;
  city: string;
  lastSeenAt: Date;
  circumstances: string;
  riskIndicators: RiskIndicator[];
  reporter: SyntheticReporter;
  consent: SyntheticConsent;
  identityDocument: string | null;
  status: CaseStatus;
}

export interface CaseFactoryOptions {
  country: CountryCode;
  now: Date;
  locale?: Locale;
}

const DAY_MS = 86_400_000;

/** Where people reported in a country typically come from, besides nationals. */
const MIGRATION: Record<CountryCode, readonly (readonly [CountryCode, number])[]> = {
  BZ: [["GT", 0.12]],
  BO: [["PE", 0.04]],
  CL: [
    ["PE", 0.06],
    ["BO", 0.04],
  ],
  CR: [["NI", 0.15]],
  EC: [["PE", 0.03]],
  GT: [["NI", 0.02]],
  NI: [["CR", 0.02]],
  PE: [
    ["BO", 0.03],
    ["EC", 0.03],
  ],
  PR: [],
};

function pickNationality(rng: Rng, country: CountryCode): CountryCode {
  const foreign = MIGRATION[country];
  const abroad = foreign.reduce((sum, [, w]) => sum + w, 0);
  return rng.weighted<CountryCode>([[country, 1 - abroad], ...foreign]);
}

function ageGroup(age: number): T.AgeGroup {
  return age < 12 ? "child" : age < 18 ? "teen" : age < 60 ? "adult" : "elder";
}

function pickAge(rng: Rng): number {
  const [min, max] = rng.weighted<readonly [number, number]>([
    // Toddlers and babies are rare in these registries and need different wording.
    [[2, 11], 0.1],
    [[12, 17], 0.5],
    [[18, 25], 0.24],
    [[26, 59], 0.13],
    [[60, 90], 0.03],
  ]);
  return rng.int(min, max);
}

/** Approximate median adult heights (cm) by country: [female, male]. */
const ADULT_HEIGHT: Record<CountryCode, readonly [number, number]> = {
  BZ: [158, 170],
  BO: [153, 164],
  CL: [159, 171],
  CR: [156, 168],
  EC: [154, 166],
  GT: [149, 161],
  NI: [154, 166],
  PE: [152, 165],
  PR: [159, 172],
};

/** Share of adult height reached at ages 0..17; girls finish growing about two years earlier. */
const GROWTH: Record<NameSex, readonly number[]> = {
  FEMALE: [0.31, 0.46, 0.54, 0.59, 0.64, 0.68, 0.72, 0.76, 0.8, 0.84, 0.87, 0.91, 0.94, 0.97, 0.99, 1, 1, 1],
  MALE: [
    0.29, 0.43, 0.5, 0.55, 0.59, 0.63, 0.66, 0.7, 0.73, 0.76, 0.79, 0.82, 0.85, 0.89, 0.93, 0.96, 0.98, 0.99,
  ],
};

function pickHeight(rng: Rng, nationality: CountryCode, sex: NameSex, age: number): number | null {
  if (rng.chance(0.1)) return null;
  const adult = ADULT_HEIGHT[nationality][sex === "FEMALE" ? 0 : 1];
  const base = adult * (GROWTH[sex][age] ?? (age >= 70 ? 0.98 : 1));
  // Sum of three uniforms: a cheap bell curve of roughly ±6 cm spread.
  const noise = (rng.next() + rng.next() + rng.next() - 1.5) * 8;
  return Math.round(base + noise);
}

function pickLanguages(
  rng: Rng,
  nationality: CountryCode,
  culture: Culture,
  region: string | null,
): LanguageCode[] {
  const langs: LanguageCode[] = [];
  const add = (lang: LanguageCode, p = 1) => {
    if (!langs.includes(lang) && rng.chance(p)) langs.push(lang);
  };
  if (nationality === "BZ") {
    if (culture === "maya") add("qeqchi");
    if (culture === "garifuna") add("garifuna");
    if (culture === "hispanic") add("es");
    add("en");
    add("kriol", culture === "kriol" || culture === "garifuna" ? 1 : 0.4);
    add("es", culture === "mennonite" ? 0.3 : 0.4);
    return langs;
  }
  add("es", culture === "maya" ? 0.9 : 1);
  if (culture === "maya") {
    const byRegion: Record<string, LanguageCode> = {
      "GT-15": "qeqchi",
      "GT-16": "qeqchi",
      "GT-17": "qeqchi",
      "GT-18": "qeqchi",
      "GT-12": "mam",
      "GT-13": "mam",
    };
    add(byRegion[region ?? ""] ?? rng.pick<LanguageCode>(["kiche", "kiche", "mam", "qeqchi"]));
  }
  if (culture === "andean") {
    const aymara = region === "BO-L" || region === "BO-O" || (region === "PE-PUN" && rng.chance(0.5));
    add(aymara ? "ay" : region ? "qu" : rng.pick<LanguageCode>(["qu", "ay"]), 0.8);
  }
  if (culture === "kichwa") add("qu", 0.85);
  if (nationality === "BO" && ["BO-S", "BO-T", "BO-H"].includes(region ?? "")) add("gn", 0.08);
  if (culture === "caribbean") add("en");
  if (nationality === "PR") add("en", 0.5);
  if (langs.length === 0) add("es");
  return langs;
}

function pickRisks(rng: Rng, age: number): RiskIndicator[] {
  const count = rng.weighted([
    [0, 0.75],
    [1, 0.18],
    [2, 0.07],
  ]);
  const risks: RiskIndicator[] = [];
  // Online grooming dominates for minors; labour-trafficking signs for adults.
  const weights: readonly (readonly [RiskIndicator, number])[] = [
    ["JOB_OFFER_ABROAD", age >= 15 ? 3 : 0.5],
    ["RECENT_ACQUAINTANCE", 2],
    ["DOCUMENTS_HELD", age >= 16 ? 1.5 : 0.3],
    ["ONLINE_CONTACT", age < 20 ? 3 : 1],
    ["DEBT_BONDAGE", age >= 16 ? 1 : 0.2],
    ["CROSSED_BORDER", 1.5],
  ];
  while (risks.length < count) {
    const risk = rng.weighted(weights);
    if (!risks.includes(risk)) risks.push(risk);
  }
  return risks;
}

function composeCircumstances(
  rng: Rng,
  locale: Locale,
  age: number,
  risks: readonly RiskIndicator[],
  ctx: T.TextContext,
): string {
  const sentences = [rng.pick(T.OPENINGS[ageGroup(age)][locale])(ctx)];
  for (const risk of risks) sentences.push(rng.pick(T.RISK_SENTENCES[risk]![locale])(ctx));
  // Keep to three sentences: what happened, the warning signs, and maybe one detail.
  if (sentences.length < 3 && rng.chance(0.5)) sentences.push(rng.pick(T.CLOSINGS[locale])(ctx));
  return sentences.slice(0, 3).join(" ");
}

function describeClothing(rng: Rng, locale: Locale, sex: NameSex, age: number, culture: Culture): string {
  const c = T.CLOTHING[locale];
  const traditional = T.TRADITIONAL_DRESS[culture];
  if (traditional && sex === "FEMALE" && rng.chance(0.4)) return capitalise(traditional[locale]);
  if (age >= 6 && age <= 17 && rng.chance(0.3)) return capitalise(sex === "FEMALE" ? c.uniformF : c.uniformM);
  const female = sex === "FEMALE";
  const top = rng.pick(female && rng.chance(0.3) ? c.topF : c.top);
  const bottom = rng.pick(female && rng.chance(0.3) ? c.bottomF : c.bottom);
  return capitalise(`${top}, ${bottom} ${c.and} ${rng.pick(c.shoes)}`);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function pickMedical(rng: Rng, locale: Locale, sex: NameSex, age: number): string | null {
  if (age >= 60 && rng.chance(0.5)) return rng.pick(T.ELDER_MEDICAL[locale]);
  if (sex === "FEMALE" && age >= 14 && age <= 40 && rng.chance(0.03)) return T.PREGNANCY[locale];
  return rng.chance(0.12) ? rng.pick(T.MEDICAL[locale]) : null;
}

/** Mobile numbers in each national numbering plan, E.164 without spaces. */
function phoneNumber(rng: Rng, country: CountryCode): string {
  const d = (n: number) => Array.from({ length: n }, () => rng.int(0, 9)).join("");
  const local: Record<CountryCode, () => string> = {
    BZ: () => `6${d(6)}`,
    BO: () => `${rng.pick(["6", "7"])}${d(7)}`,
    CL: () => `9${d(8)}`,
    CR: () => `${rng.pick(["6", "7", "8"])}${d(7)}`,
    EC: () => `9${d(8)}`,
    GT: () => `${rng.pick(["3", "4", "5"])}${d(7)}`,
    NI: () => `${rng.pick(["5", "7", "8"])}${d(7)}`,
    PE: () => `9${d(8)}`,
    PR: () => `${rng.pick(["787", "939"])}${rng.int(2, 9)}${d(6)}`,
  };
  return getCountry(country).dialCode + local[country]();
}

function pickRelationship(rng: Rng, age: number): ReporterRelationship {
  if (age < 18) {
    return rng.weighted<ReporterRelationship>([
      ["MOTHER", 0.45],
      ["FATHER", 0.2],
      ["GRANDPARENT", 0.1],
      ["SIBLING", 0.08],
      ["OTHER_RELATIVE", 0.08],
      ["TEACHER", 0.04],
      ["FRIEND", 0.02],
      ["OTHER", 0.03],
    ]);
  }
  if (age >= 60) {
    // There is no CHILD relationship; sons and daughters file as OTHER_RELATIVE.
    return rng.weighted<ReporterRelationship>([
      ["OTHER_RELATIVE", 0.6],
      ["SIBLING", 0.15],
      ["FRIEND", 0.1],
      ["OTHER", 0.15],
    ]);
  }
  return rng.weighted<ReporterRelationship>([
    ["MOTHER", 0.3],
    ["SIBLING", 0.2],
    ["FATHER", 0.1],
    ["OTHER_RELATIVE", 0.15],
    ["FRIEND", 0.15],
    ["OTHER", 0.1],
  ]);
}

function buildReporter(
  rng: Rng,
  opts: {
    country: CountryCode;
    nationality: CountryCode;
    locale: Locale;
    age: number;
    culture: Culture;
    surnames: readonly string[];
  },
): SyntheticReporter {
  const relationship = pickRelationship(rng, opts.age);
  const sex: NameSex =
    relationship === "MOTHER"
      ? "FEMALE"
      : relationship === "FATHER"
        ? "MALE"
        : relationship === "GRANDPARENT"
          ? rng.chance(0.7)
            ? "FEMALE"
            : "MALE"
          : rng.chance(0.6)
            ? "FEMALE"
            : "MALE";
  const person = generatePerson(rng, opts.nationality, sex);
  const [childFirst, childSecond] = opts.surnames;
  const [own1, own2] = person.surnames;
  // Hispanic naming: a child's surnames are the father's first and the mother's first.
  const surnames =
    relationship === "SIBLING"
      ? opts.surnames
      : relationship === "FATHER" || relationship === "GRANDPARENT"
        ? [childFirst!, ...(own2 ? [own2] : [])]
        : relationship === "MOTHER" && childSecond
          ? [childSecond, ...(own2 ? [own2] : [])]
          : person.surnames;
  const given = person.name.givenNames;
  const email = rng.chance(0.55)
    ? `${slug(given.split(" ")[0]!)}.${slug(surnames[0] ?? own1!)}${rng.chance(0.5) ? rng.int(1, 99) : ""}@example.org`
    : null;
  // Many Belizean Mestizo families prefer Spanish even though the portal defaults to English.
  const prefersSpanish = opts.country === "BZ" && opts.culture === "hispanic" && rng.chance(0.45);
  return {
    name: `${given} ${surnames.join(" ")}`,
    relationship,
    phone: phoneNumber(rng, opts.country),
    email,
    preferredLocale: prefersSpanish ? "es" : opts.locale,
  };
}

function slug(text: string): string {
  return stripAccents(text)
    .toLowerCase()
    .replace(/[^a-z]/g, "");
}

function pickStatus(rng: Rng, daysMissing: number): CaseStatus {
  if (daysMissing < 3)
    return rng.weighted<CaseStatus>([
      ["REPORTED", 0.7],
      ["VERIFIED", 0.3],
    ]);
  return rng.weighted<CaseStatus>([
    ["REPORTED", 0.2],
    ["VERIFIED", 0.12],
    ["ACTIVE", 0.46],
    ["LOCATED_ALIVE", 0.14],
    ["CLOSED", 0.08],
  ]);
}

export function generateSyntheticCase(rng: Rng, opts: CaseFactoryOptions): SyntheticCase {
  const { country, now } = opts;
  const locale = opts.locale ?? getCountry(country).defaultLocale;
  const sex = rng.weighted<CaseSex>([
    ["FEMALE", 0.6],
    ["MALE", 0.38],
    ["OTHER", 0.01],
    ["UNKNOWN", 0.01],
  ]);
  const nameSex: NameSex = sex === "FEMALE" || sex === "MALE" ? sex : rng.chance(0.5) ? "FEMALE" : "MALE";
  const nationality = pickNationality(rng, country);
  const person = generatePerson(rng, nationality, nameSex);
  const age = pickAge(rng);
  const { regionCode, name: city } = rng.pick(CITIES[country]);
  const homeRegion = nationality === country ? regionCode : null;

  const lastSeenAt = new Date(now.getTime() - rng.int(0, 730 * 24 * 60) * 60_000);
  const birthday = Date.UTC(
    lastSeenAt.getUTCFullYear() - age,
    lastSeenAt.getUTCMonth(),
    lastSeenAt.getUTCDate(),
  );
  const birth = new Date(birthday - rng.int(0, 364) * DAY_MS).toISOString().slice(0, 10);
  const dating = rng.weighted([
    ["dob", 0.65],
    ["approx", 0.32],
    ["none", 0.03],
  ]);

  const risks = pickRisks(rng, age);
  const ctx: T.TextContext = {
    city: rng.chance(0.7) ? city : rng.pick(CITIES[country]).name,
    weekday: T.WEEKDAYS[locale][lastSeenAt.getUTCDay()]!,
    border: rng.pick(T.BORDER_PLACES[country]),
    abroad: rng.pick(T.ABROAD_PLACES[country]),
    g: (masculine, feminine) => (nameSex === "FEMALE" ? feminine : masculine),
  };
  const reporter = buildReporter(rng, {
    country,
    nationality,
    locale,
    age,
    culture: person.culture,
    surnames: person.surnames,
  });
  const minor = age < 18;
  const guardian = ["MOTHER", "FATHER", "GRANDPARENT"].includes(reporter.relationship);
  const guardianConfirmed = minor && rng.chance(guardian ? 0.9 : 0.4);
  const marks = age >= 15 && rng.chance(0.3) ? T.OLDER_MARKS : T.MARKS;

  return {
    country,
    locale,
    sex,
    name: person.name,
    ...person.name,
    dateOfBirth: dating === "dob" ? birth : null,
    approxAge: dating === "approx" ? age : null,
    nationality,
    languages: pickLanguages(rng, nationality, person.culture, homeRegion),
    heightCm: pickHeight(rng, nationality, nameSex, age),
    build: rng.pick(T.BUILDS[locale]),
    hair: rng.pick((age >= 60 ? T.ELDER_HAIR : T.HAIR)[locale]),
    eyeColour: rng.pick(T.EYES[locale]),
    distinguishingMarks: rng.chance(0.45) ? rng.pick(marks[locale]) : null,
    clothing: describeClothing(rng, locale, nameSex, age, person.culture),
    medicalNeeds: pickMedical(rng, locale, nameSex, age),
    regionCode,
    city,
    lastSeenAt,
    circumstances: composeCircumstances(rng, locale, age, risks, ctx),
    riskIndicators: risks,
    reporter,
    consent: {
      // Without a confirmed guardian, a minor's photo is never published.
      publishPhoto: minor && !guardianConfirmed ? false : rng.chance(0.8),
      publishName: rng.chance(0.92),
      publishAge: rng.chance(0.9),
      publishLastSeen: rng.chance(0.88),
      guardianConfirmed,
    },
    identityDocument: rng.chance(minor ? 0.4 : 0.7)
      ? generateIdentityDocument(rng, nationality, {
          age,
          dateOfBirth: dating === "dob" ? birth : null,
          regionCode: homeRegion,
        })
      : null,
    status: pickStatus(rng, (now.getTime() - lastSeenAt.getTime()) / DAY_MS),
  };
}
