// The public DTO of a bulletin case and the mapping from the consent-shaped row. Pure, so the
// "only consented fields" rule is unit-tested without a database.
import { ADULT_AGE, type ConsentFlags } from "./eligibility";

export interface PublicPhoto {
  id: string;
  width: number;
  height: number;
}

export interface PublicCase {
  publicId: string;
  countryCode: string;
  /** Only with consent to publish the name. */
  name: { givenNames: string; familyNames: string; otherNames: string | null } | null;
  /** Only with consent to publish the age: current age in years; approximate when only estimated. */
  age: { years: number; approximate: boolean } | null;
  /** Only with consent to publish where and when the person was last seen. */
  lastSeen: { city: string; region: string | null; at: string; timeKnown: boolean } | null;
  /** Only with consent to publish the physical description and clothing. */
  description: PublicDescription | null;
  /** Only with consent to publish photos. */
  photos: PublicPhoto[];
}

export interface PublicDescription {
  heightCm: number | null;
  build: string | null;
  hair: string | null;
  eyeColour: string | null;
  clothing: string | null;
}

/** The row as read by publicSelectFor(flags): every consent-gated field is optional. */
export interface PublicCaseRow {
  publicId: string;
  countryCode: string;
  givenNames?: string;
  familyNames?: string;
  otherNames?: string | null;
  dateOfBirth?: Date | null;
  approxAge?: number | null;
  lastSeenCity?: string;
  lastSeenAt?: Date;
  lastSeenTimeKnown?: boolean;
  region?: { name: string } | null;
  heightCm?: number | null;
  build?: string | null;
  hair?: string | null;
  eyeColour?: string | null;
  clothing?: string | null;
  photos?: PublicPhoto[];
}

/** Whole years between a date of birth and `now` (UTC calendar dates). */
export function ageInYears(dateOfBirth: Date, now: Date): number {
  let years = now.getUTCFullYear() - dateOfBirth.getUTCFullYear();
  const beforeBirthday =
    now.getUTCMonth() < dateOfBirth.getUTCMonth() ||
    (now.getUTCMonth() === dateOfBirth.getUTCMonth() && now.getUTCDate() < dateOfBirth.getUTCDate());
  if (beforeBirthday) years -= 1;
  return years;
}

function ageOf(row: PublicCaseRow, now: Date): PublicCase["age"] {
  if (row.dateOfBirth) return { years: ageInYears(row.dateOfBirth, now), approximate: false };
  if (typeof row.approxAge === "number") return { years: row.approxAge, approximate: true };
  return null;
}

function descriptionOf(row: PublicCaseRow): PublicDescription | null {
  const d = {
    heightCm: row.heightCm ?? null,
    build: row.build || null,
    hair: row.hair || null,
    eyeColour: row.eyeColour || null,
    clothing: row.clothing || null,
  };
  return Object.values(d).some((v) => v !== null) ? d : null;
}

/**
 * Builds the DTO field by field from the flags, so even a row that somehow carried more columns
 * could not leak them: a field is copied only when its consent is true.
 */
export function toPublicCase(row: PublicCaseRow, f: ConsentFlags, now: Date): PublicCase {
  return {
    publicId: row.publicId,
    countryCode: row.countryCode,
    name:
      f.name && row.givenNames !== undefined
        ? {
            givenNames: row.givenNames,
            familyNames: row.familyNames ?? "",
            otherNames: row.otherNames ?? null,
          }
        : null,
    age: f.age ? ageOf(row, now) : null,
    lastSeen:
      f.lastSeen && row.lastSeenAt && row.lastSeenCity !== undefined
        ? {
            city: row.lastSeenCity,
            region: row.region?.name ?? null,
            at: row.lastSeenAt.toISOString(),
            timeKnown: row.lastSeenTimeKnown ?? false,
          }
        : null,
    description: f.description ? descriptionOf(row) : null,
    photos: f.photo ? (row.photos ?? []) : [],
  };
}

export const isMinorAge = (years: number) => years < ADULT_AGE;
