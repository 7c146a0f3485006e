/**
 * Realistic synthetic names for fixtures and the lookup benchmark, plus the
 * typos officers make when re-typing them. Names are drawn per community so a
 * Belizean case can be Kriol, Garifuna, Maya, Mestizo or Mennonite, and an
 * Andean case carries Aymara/Quechua surnames, which is what the fuzzy lookup
 * has to cope with in practice.
 */
import type { CountryCode } from "@/lib/reference/countries";
import type { Rng } from "./random";
import * as P from "./name-pools";

export type NameSex = "FEMALE" | "MALE";

export type Culture =
  "hispanic" | "andean" | "kichwa" | "maya" | "mapuche" | "kriol" | "garifuna" | "mennonite" | "caribbean";

export interface PersonName {
  givenNames: string;
  /** Usually paternal + maternal surname separated by a space; one surname is common in Belize. */
  familyNames: string;
  /** An alias or nickname the person is known by, if any. */
  otherNames: string | null;
}

export interface GeneratedPerson {
  name: PersonName;
  culture: Culture;
  /** The individual surnames, since particles ("de la Cruz") defeat splitting on spaces. */
  surnames: readonly string[];
}

interface Community {
  culture: Culture;
  weight: number;
  female: readonly string[];
  male: readonly string[];
  /** The community's own surnames, mixed with the national Hispanic pool. */
  own: readonly string[];
  /** Chance that each surname comes from `own` rather than the national pool. */
  ownShare: number;
  /** Chance of carrying both paternal and maternal surnames. */
  twoSurnames: number;
  /** Chance that national-pool surnames are written without accents. */
  plainSpelling: number;
  secondGiven: number;
  englishAliases?: boolean;
}

type HispanicCountry = keyof typeof P.COUNTRY_FEMALE;

const hispanicGiven = (c: HispanicCountry) => ({
  female: [...P.HISPANIC_FEMALE, ...P.HISPANIC_FEMALE_COMPOUND, ...P.COUNTRY_FEMALE[c]],
  male: [...P.HISPANIC_MALE, ...P.HISPANIC_MALE_COMPOUND, ...P.COUNTRY_MALE[c]],
});

const hispanic = (c: HispanicCountry, weight: number, twoSurnames = 0.88): Community => ({
  culture: "hispanic",
  weight,
  ...hispanicGiven(c),
  own: P.COUNTRY_SURNAMES[c],
  ownShare: 0.35,
  twoSurnames,
  plainSpelling: 0.02,
  secondGiven: 0.45,
});

const indigenous = (
  c: HispanicCountry,
  culture: Culture,
  weight: number,
  own: readonly string[],
  ownShare: number,
): Community => ({ ...hispanic(c, weight), culture, own, ownShare });

const english = { female: P.ENGLISH_FEMALE, male: P.ENGLISH_MALE };
const plain = { plainSpelling: 1, englishAliases: true };

const COMMUNITIES: Record<CountryCode, readonly Community[]> = {
  BZ: [
    {
      culture: "hispanic",
      weight: 0.45,
      own: P.COUNTRY_SURNAMES.BZ,
      ownShare: 0.5,
      female: [...P.HISPANIC_FEMALE, ...P.ENGLISH_FEMALE],
      male: [...P.HISPANIC_MALE, ...P.ENGLISH_MALE],
      twoSurnames: 0.3,
      plainSpelling: 0.85,
      secondGiven: 0.3,
    },
    {
      culture: "kriol",
      weight: 0.25,
      ...english,
      own: P.KRIOL_SURNAMES,
      ownShare: 0.95,
      twoSurnames: 0.03,
      secondGiven: 0.35,
      ...plain,
    },
    {
      culture: "maya",
      weight: 0.15,
      own: P.MAYA_BZ_SURNAMES,
      ownShare: 0.85,
      female: [...P.MAYA_FEMALE, ...P.ENGLISH_FEMALE],
      male: [...P.MAYA_MALE, ...P.ENGLISH_MALE],
      twoSurnames: 0.2,
      secondGiven: 0.25,
      ...plain,
    },
    {
      culture: "garifuna",
      weight: 0.1,
      own: P.GARIFUNA_SURNAMES,
      ownShare: 0.9,
      female: [...P.ENGLISH_FEMALE, ...P.HISPANIC_FEMALE],
      male: [...P.ENGLISH_MALE, ...P.HISPANIC_MALE],
      twoSurnames: 0.05,
      secondGiven: 0.3,
      ...plain,
    },
    {
      culture: "mennonite",
      weight: 0.05,
      female: P.MENNONITE_FEMALE,
      male: P.MENNONITE_MALE,
      own: P.MENNONITE_SURNAMES,
      ownShare: 1,
      twoSurnames: 0,
      secondGiven: 0.3,
      ...plain,
    },
  ],
  BO: [hispanic("BO", 0.5), indigenous("BO", "andean", 0.5, P.ANDEAN_SURNAMES, 0.75)],
  CL: [hispanic("CL", 0.9, 0.92), indigenous("CL", "mapuche", 0.1, P.MAPUCHE_SURNAMES, 0.55)],
  CR: [hispanic("CR", 1, 0.95)],
  EC: [hispanic("EC", 0.8), indigenous("EC", "kichwa", 0.2, P.KICHWA_SURNAMES, 0.75)],
  GT: [
    hispanic("GT", 0.55),
    {
      ...indigenous("GT", "maya", 0.45, P.MAYA_GT_SURNAMES, 0.7),
      female: [...P.MAYA_FEMALE, ...P.COUNTRY_FEMALE.GT, ...P.HISPANIC_FEMALE],
      male: [...P.MAYA_MALE, ...P.COUNTRY_MALE.GT, ...P.HISPANIC_MALE],
    },
  ],
  NI: [
    hispanic("NI", 0.93),
    {
      ...indigenous("NI", "caribbean", 0.07, P.NI_CARIBBEAN_SURNAMES, 0.8),
      female: [...P.ENGLISH_FEMALE, ...P.COUNTRY_FEMALE.NI],
      male: [...P.ENGLISH_MALE, ...P.COUNTRY_MALE.NI],
      twoSurnames: 0.5,
    },
  ],
  PE: [hispanic("PE", 0.65), indigenous("PE", "andean", 0.35, P.ANDEAN_SURNAMES, 0.7)],
  PR: [hispanic("PR", 1, 0.8)],
};

const NATIONAL_SURNAMES: Record<CountryCode, readonly string[]> = {
  BZ: [...P.COUNTRY_SURNAMES.BZ, ...P.HISPANIC_SURNAMES],
  BO: [...P.HISPANIC_SURNAMES, ...P.COUNTRY_SURNAMES.BO],
  CL: [...P.HISPANIC_SURNAMES, ...P.COUNTRY_SURNAMES.CL],
  CR: [...P.HISPANIC_SURNAMES, ...P.COUNTRY_SURNAMES.CR],
  EC: [...P.HISPANIC_SURNAMES, ...P.COUNTRY_SURNAMES.EC],
  GT: [...P.HISPANIC_SURNAMES, ...P.COUNTRY_SURNAMES.GT],
  NI: [...P.HISPANIC_SURNAMES, ...P.COUNTRY_SURNAMES.NI],
  PE: [...P.HISPANIC_SURNAMES, ...P.COUNTRY_SURNAMES.PE],
  PR: [...P.HISPANIC_SURNAMES, ...P.COUNTRY_SURNAMES.PR],
};

export function stripAccents(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .normalize("NFC");
}

function pickGiven(rng: Rng, c: Community, sex: NameSex): string {
  const pool = sex === "FEMALE" ? c.female : c.male;
  const first = rng.pick(pool);
  if (first.includes(" ") || !rng.chance(c.secondGiven)) return first;
  const second = rng.pick(pool);
  // A compound name in second position ("Ana María José") is not how people are named.
  return second === first || second.includes(" ") ? first : `${first} ${second}`;
}

function pickSurname(rng: Rng, c: Community, country: CountryCode): string {
  if (rng.chance(c.ownShare)) return rng.pick(c.own);
  if (c.plainSpelling < 1 && rng.chance(0.02)) return rng.pick(P.PARTICLE_SURNAMES);
  const surname = rng.pick(NATIONAL_SURNAMES[country]);
  return rng.chance(c.plainSpelling) ? stripAccents(surname) : surname;
}

function pickAlias(rng: Rng, c: Community, given: string, sex: NameSex): string | null {
  const nicknames =
    P.NICKNAMES[given] ??
    given
      .split(" ")
      .map((w) => P.NICKNAMES[w])
      .find((n) => n !== undefined);
  if (nicknames && rng.chance(0.3)) return rng.pick(nicknames);
  if (!rng.chance(0.04)) return null;
  const key = c.englishAliases ? (`${sex}_EN` as const) : sex;
  return rng.pick(P.GENERIC_ALIASES[key]);
}

/** Like generatePersonName, but also says which community the name came from. */
export function generatePerson(rng: Rng, country: CountryCode, sex: NameSex): GeneratedPerson {
  const community = rng.weighted(COMMUNITIES[country].map((c) => [c, c.weight] as const));
  const given = pickGiven(rng, community, sex);
  // Where surnames are registered without accents, given names usually are too.
  const givenNames =
    community.plainSpelling > 0.5 && rng.chance(community.plainSpelling) ? stripAccents(given) : given;
  const surnames = [pickSurname(rng, community, country)];
  if (rng.chance(community.twoSurnames)) {
    let maternal = pickSurname(rng, community, country);
    // "Pérez Pérez" exists, but far less often than a uniform draw would produce.
    if (maternal === surnames[0]) maternal = pickSurname(rng, community, country);
    surnames.push(maternal);
  }
  const otherNames = pickAlias(rng, community, given, sex);
  return {
    name: { givenNames, familyNames: surnames.join(" "), otherNames },
    culture: community.culture,
    surnames,
  };
}

export function generatePersonName(rng: Rng, country: CountryCode, sex: NameSex): PersonName {
  return generatePerson(rng, country, sex).name;
}

export { misspell, type NamePart } from "./misspell";
