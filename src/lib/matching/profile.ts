// What the matching engine knows about one person, whichever side recorded them: a missing
// claim ("MISSING") or a found / unidentified person ("FOUND"). Both sides are reduced to the
// same shape so one scorer serves missing-vs-found and claim-vs-claim (duplicates).
import type { Description } from "./description";

export type MatchSex = "FEMALE" | "MALE" | "OTHER" | "UNKNOWN";
export type ProfileKind = "MISSING" | "FOUND";

/** A closed range of years or centimetres; min === max for an exact value. */
export interface Range {
  min: number;
  max: number;
}

export interface MatchProfile {
  kind: ProfileKind;
  id: string;
  countryCode: string;
  regionCode: string | null;
  /** Normalized words of the place (city, town, border post). */
  placeWords: string[];
  sex: MatchSex;
  /** Last seen (missing) or found (found): the instant the description refers to. */
  refDate: Date;
  /** Age at refDate. From a date of birth it is exact; an approximate age is widened by one year. */
  age: Range | null;
  /** True when the age comes from a date of birth (tighter comparisons, findability). */
  ageFromBirthDate: boolean;
  height: Range | null;
  /** Normalized name words (given, family, aliases, the one word a found person gave). */
  nameWords: string[];
  /** Concept tokens of the marks (see vocabulary.ts), the same in every language. */
  markTokens: string[];
  languages: string[];
  clothingTokens: string[];
  /** Normalized words of the circumstances: a named destination ("se fue a Guatemala"). */
  circumstanceWords: string[];
  hasPhoto: boolean;
  /** Hair, eyes, build and skin as concepts (description-vocabulary.ts). */
  description: Description;
  /** ISO country code; null when not known (ZZ, "unknown or other", counts as not known). */
  nationality: string | null;
}
