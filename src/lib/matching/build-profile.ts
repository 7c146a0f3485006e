// Builds a MatchProfile from a claim or a found-person record. Pure: the job, the seed, the
// benchmark and the tests all build profiles the same way.
import { normalizeName } from "@/lib/names/normalize";
import { readBuild, readEyes, readHair, readSkin } from "./description";
import { nicknameKeys } from "./nicknames";
import type { MatchProfile, MatchSex, Range } from "./profile";
import { clothingTokens, markTokensFromMarks, markTokensFromText, type StructuredMark } from "./tokens";
import { plainWords } from "./text";

function ageFromBirth(dateOfBirth: Date, at: Date): number {
  let years = at.getUTCFullYear() - dateOfBirth.getUTCFullYear();
  const beforeBirthday =
    at.getUTCMonth() < dateOfBirth.getUTCMonth() ||
    (at.getUTCMonth() === dateOfBirth.getUTCMonth() && at.getUTCDate() < dateOfBirth.getUTCDate());
  if (beforeBirthday) years--;
  return years;
}

export interface ClaimForMatching {
  id: string;
  countryCode: string;
  regionCode: string | null;
  lastSeenCity: string;
  lastSeenAt: Date;
  givenNames: string;
  familyNames: string;
  otherNames: string | null;
  sex: MatchSex;
  dateOfBirth: Date | null;
  approxAge: number | null;
  heightCm: number | null;
  distinguishingMarks: string | null;
  languages: string[];
  clothing: string | null;
  circumstances: string;
  hasPhoto: boolean;
  build: string | null;
  hair: string | null;
  eyeColour: string | null;
  nationality: string | null;
}

/** ZZ is the form's "unknown or other": no evidence either way. */
const knownNationality = (code: string | null) => (code && code !== "ZZ" ? code : null);

function claimAge(c: ClaimForMatching): { age: Range | null; fromBirth: boolean } {
  if (c.dateOfBirth) {
    const years = ageFromBirth(c.dateOfBirth, c.lastSeenAt);
    return { age: { min: years, max: years }, fromBirth: true };
  }
  if (c.approxAge != null) return { age: { min: c.approxAge - 1, max: c.approxAge + 1 }, fromBirth: false };
  return { age: null, fromBirth: false };
}

export function profileFromClaim(c: ClaimForMatching): MatchProfile {
  const { age, fromBirth } = claimAge(c);
  return {
    kind: "MISSING",
    id: c.id,
    countryCode: c.countryCode,
    regionCode: c.regionCode,
    placeWords: plainWords(c.lastSeenCity),
    sex: c.sex,
    refDate: c.lastSeenAt,
    age,
    ageFromBirthDate: fromBirth,
    height: c.heightCm ? { min: c.heightCm - 3, max: c.heightCm + 3 } : null,
    nameWords: normalizeName([c.givenNames, c.familyNames, c.otherNames ?? ""].join(" "))
      .split(" ")
      .filter(Boolean),
    markTokens: markTokensFromText(c.distinguishingMarks),
    languages: [...c.languages].sort(),
    clothingTokens: clothingTokens(c.clothing),
    circumstanceWords: plainWords(c.circumstances),
    hasPhoto: c.hasPhoto,
    // The claim form has no skin field; a family that writes "morena, delgada" as the build
    // says it there (and only there: "moreno" is not read from the hair, where it is a colour).
    description: {
      hair: readHair(c.hair),
      eyes: readEyes(c.eyeColour),
      build: readBuild(c.build),
      skin: readSkin(c.build),
    },
    nationality: knownNationality(c.nationality),
  };
}

export interface FoundForMatching {
  id: string;
  countryCode: string;
  regionCode: string | null;
  place: string;
  foundAt: Date;
  /** Any name, nickname or alias the person gave, and a name on a document. */
  names: string | null;
  sex: MatchSex;
  ageMin: number | null;
  ageMax: number | null;
  heightMinCm: number | null;
  heightMaxCm: number | null;
  marks: StructuredMark[];
  languages: string[];
  clothing: string | null;
  circumstances: string | null;
  hasPhoto: boolean;
  build: string | null;
  hair: string | null;
  eyeColour: string | null;
  skin: string | null;
  nationality: string | null;
}

function range(min: number | null, max: number | null): Range | null {
  if (min == null && max == null) return null;
  return { min: min ?? max!, max: max ?? min! };
}

export function profileFromFound(f: FoundForMatching): MatchProfile {
  return {
    kind: "FOUND",
    id: f.id,
    countryCode: f.countryCode,
    regionCode: f.regionCode,
    placeWords: plainWords(f.place),
    sex: f.sex,
    refDate: f.foundAt,
    age: range(f.ageMin, f.ageMax),
    ageFromBirthDate: false,
    height: range(f.heightMinCm, f.heightMaxCm),
    nameWords: normalizeName(f.names ?? "")
      .split(" ")
      .filter(Boolean),
    markTokens: markTokensFromMarks(f.marks),
    languages: [...f.languages].sort(),
    clothingTokens: clothingTokens(f.clothing),
    circumstanceWords: plainWords(f.circumstances),
    hasPhoto: f.hasPhoto,
    description: {
      hair: readHair(f.hair),
      eyes: readEyes(f.eyeColour),
      build: readBuild(f.build),
      skin: readSkin(f.skin),
    },
    nationality: knownNationality(f.nationality),
  };
}

/**
 * Words the candidate query indexes for a profile: its name words plus the registered names
 * they may be nicknames of, so "naye" and "nayeli" meet on the key "nayeli".
 */
export function nameKeys(p: MatchProfile): string[] {
  return [...new Set(p.nameWords.flatMap((w) => [w, ...nicknameKeys(w)]))].sort();
}

function hash(value: unknown): string {
  let h = 0x811c9dc5;
  for (const ch of JSON.stringify(value)) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

/**
 * A fingerprint of what matching reads. A rejected proposal comes back only when either side's
 * fingerprint changes, i.e. when the record changed materially (not a note or a status).
 * The description (hair, eyes, build, skin, nationality; decision 178) is a second part after a
 * dot, so a pair rejected before it was read is not re-proposed just because the fingerprint
 * grew a part: the upsert compares such a version with the first part only (proposals.ts).
 */
export function materialFingerprint(p: MatchProfile): string {
  const material = [
    p.countryCode,
    p.regionCode,
    p.placeWords,
    p.sex,
    p.refDate.toISOString().slice(0, 10),
    p.age,
    p.height,
    p.nameWords,
    p.markTokens,
    p.languages,
    p.clothingTokens,
    p.hasPhoto,
  ];
  const d = p.description;
  const described = d.hair || d.eyes || d.build || d.skin || p.nationality;
  return described ? `${hash(material)}.${hash([d, p.nationality])}` : hash(material);
}
