// Who may appear on the public bulletin, and which of their fields. Pure (no server imports) so
// the rules can be unit-tested; data.ts spreads these into every bulletin query, so the
// database decides at read time and a located, closed or withdrawn case leaves at once.
// The reasoning behind each rule is in docs/decisions/050-bulletin-publication-rules.md.
import type { Prisma } from "@/generated/prisma/client";
import type { CaseStatus } from "@/generated/prisma/enums";

/**
 * A photo the public may see, given its case may be shown: not removed by retention, and not a
 * family photo still held for an officer's review (decision 182).
 */
export const PUBLIC_PHOTO = {
  deletedAt: null,
  heldForReviewAt: null,
} as const satisfies Prisma.CasePhotoWhereInput;

/** Statuses of a person still being searched for. Located, closed, rejected: never shown. */
export const BULLETIN_STATUSES = ["REPORTED", "VERIFIED", "ACTIVE"] as const satisfies readonly CaseStatus[];
export const ADULT_AGE = 18;

/** Anyone born after this date (UTC calendar date) is under 18 on `now`. */
export function minorBirthCutoff(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear() - ADULT_AGE, now.getUTCMonth(), now.getUTCDate()));
}

/**
 * Cases known to be adults today. A case without date of birth and without approximate age is
 * NOT here: an unknown age gets the minors' rule, because a mistake the other way exposes a
 * child. Written positively on purpose: with SQL's NULLs, a NOT around "is a minor" would
 * silently drop rows whose date of birth is NULL.
 */
function knownAdult(now: Date): Prisma.CaseWhereInput {
  return {
    OR: [
      { dateOfBirth: { lte: minorBirthCutoff(now) } },
      { dateOfBirth: null, approxAge: { gte: ADULT_AGE } },
    ],
  };
}

/**
 * The bulletin's WHERE clause. A case is public only if all of these hold: real (not practice),
 * consent not withdrawn, not taken down by a removal request, not sealed, still missing, not a confirmed duplicate, something identifying
 * consented (a name, or a photo that exists), and an explicit staff publication approval. For
 * minors and unknown ages the guardian's confirmation is required as well.
 */
export function bulletinWhere(now: Date): Prisma.CaseWhereInput {
  return {
    practiceSessionId: null,
    consentWithdrawnAt: null,
    // Taken down by a removal request (decision 150) until staff restore it.
    publicHiddenAt: null,
    // A sealed located adult (decision 154) never comes back, even if the case is reopened
    // (LOCATED_ALIVE -> ACTIVE keeps the staff approval): only the owning unit lifts the seal.
    sealedAt: null,
    duplicateOfId: null,
    status: { in: [...BULLETIN_STATUSES] },
    publicationApprovedAt: { not: null },
    AND: [
      {
        OR: [{ consentPublishName: true }, { consentPublishPhoto: true, photos: { some: PUBLIC_PHOTO } }],
      },
      { OR: [{ guardianConfirmed: true }, knownAdult(now)] },
    ],
  };
}

export interface ConsentFlags {
  name: boolean;
  photo: boolean;
  age: boolean;
  lastSeen: boolean;
  description: boolean;
}

export const consentFlagsSelect = {
  consentPublishName: true,
  consentPublishPhoto: true,
  consentPublishAge: true,
  consentPublishLastSeen: true,
  consentPublishDescription: true,
} as const satisfies Prisma.CaseSelect;

export function flagsOf(row: {
  consentPublishName: boolean;
  consentPublishPhoto: boolean;
  consentPublishAge: boolean;
  consentPublishLastSeen: boolean;
  consentPublishDescription: boolean;
}): ConsentFlags {
  return {
    name: row.consentPublishName,
    photo: row.consentPublishPhoto,
    age: row.consentPublishAge,
    lastSeen: row.consentPublishLastSeen,
    description: row.consentPublishDescription,
  };
}

/** The same flags as a WHERE clause: the second query only returns rows whose consent is unchanged. */
export function flagsWhere(f: ConsentFlags): Prisma.CaseWhereInput {
  return {
    consentPublishName: f.name,
    consentPublishPhoto: f.photo,
    consentPublishAge: f.age,
    consentPublishLastSeen: f.lastSeen,
    consentPublishDescription: f.description,
  };
}

export const flagsKey = (f: ConsentFlags) => `${+f.name}${+f.photo}${+f.age}${+f.lastSeen}${+f.description}`;

/**
 * The columns read for a case with these consents. Fields without consent are not selected at
 * all, so they never leave the database, let alone reach a DTO or a page.
 */
export function publicSelectFor(f: ConsentFlags) {
  return {
    publicId: true,
    countryCode: true,
    ...(f.name ? { givenNames: true, familyNames: true, otherNames: true } : {}),
    ...(f.age ? { dateOfBirth: true, approxAge: true } : {}),
    ...(f.lastSeen
      ? { lastSeenCity: true, lastSeenAt: true, lastSeenTimeKnown: true, region: { select: { name: true } } }
      : {}),
    ...(f.description ? { heightCm: true, build: true, hair: true, eyeColour: true, clothing: true } : {}),
    ...(f.photo
      ? {
          photos: {
            where: PUBLIC_PHOTO,
            select: { id: true, width: true, height: true },
            orderBy: { position: "asc" as const },
          },
        }
      : {}),
  } satisfies Prisma.CaseSelect;
}
