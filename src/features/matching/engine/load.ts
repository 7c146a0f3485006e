// Reads claims and found records in the shape the pure matching core expects (src/lib/matching).
// No "server-only": the seed and the benchmark load records the same way. Callers pass the
// client; authorization is not involved (the engine is a system actor, decision 096).
import type { PrismaClient } from "@/generated/prisma/client";
import {
  profileFromClaim,
  profileFromFound,
  type ClaimForMatching,
  type FoundForMatching,
} from "@/lib/matching/build-profile";
import type { MatchProfile } from "@/lib/matching/profile";

export type MatchDb = Pick<PrismaClient, "case" | "foundPerson" | "$queryRaw" | "$executeRaw">;

export const OPEN_CASE_STATUSES = ["REPORTED", "VERIFIED", "ACTIVE"] as const;
export const OPEN_FOUND_STATUSES = ["OPEN", "UNDER_REVIEW"] as const;

export interface LoadedClaim {
  profile: MatchProfile;
  /** Real (not practice) and still searched for: only open claims are matched. */
  open: boolean;
}

export interface LoadedFound {
  profile: MatchProfile;
  open: boolean;
}

const claimSelect = {
  id: true,
  countryCode: true,
  region: { select: { code: true } },
  lastSeenCity: true,
  lastSeenAt: true,
  givenNames: true,
  familyNames: true,
  otherNames: true,
  sex: true,
  dateOfBirth: true,
  approxAge: true,
  heightCm: true,
  build: true,
  hair: true,
  eyeColour: true,
  nationality: true,
  distinguishingMarks: true,
  languages: true,
  clothing: true,
  circumstances: true,
  status: true,
  practiceSessionId: true,
  duplicateOfId: true,
  _count: { select: { photos: true } },
} as const;

export async function loadClaims(db: MatchDb, ids: readonly string[]): Promise<Map<string, LoadedClaim>> {
  if (!ids.length) return new Map();
  const rows = await db.case.findMany({ where: { id: { in: [...ids] } }, select: claimSelect });
  return new Map(
    rows.map((r) => {
      const claim: ClaimForMatching = {
        ...r,
        regionCode: r.region?.code ?? null,
        hasPhoto: r._count.photos > 0,
      };
      const open =
        !r.practiceSessionId &&
        !r.duplicateOfId &&
        (OPEN_CASE_STATUSES as readonly string[]).includes(r.status);
      return [r.id, { profile: profileFromClaim(claim), open }];
    }),
  );
}

const foundSelect = {
  id: true,
  countryCode: true,
  region: { select: { code: true } },
  foundPlace: true,
  foundAt: true,
  namesGiven: true,
  sex: true,
  ageMin: true,
  ageMax: true,
  heightMinCm: true,
  heightMaxCm: true,
  build: true,
  hair: true,
  eyeColour: true,
  skin: true,
  nationality: true,
  languages: true,
  clothing: true,
  circumstances: true,
  status: true,
  identifiedCaseId: true,
  marks: { orderBy: { position: "asc" }, select: { type: true, bodyLocation: true, description: true } },
  _count: { select: { photos: true } },
} as const;

export async function loadFound(db: MatchDb, ids: readonly string[]): Promise<Map<string, LoadedFound>> {
  if (!ids.length) return new Map();
  const rows = await db.foundPerson.findMany({
    // A practice record is never matched, even if its id reached the queue.
    where: { id: { in: [...ids] }, practiceSessionId: null },
    select: foundSelect,
  });
  return new Map(
    rows.map((r) => {
      const found: FoundForMatching = {
        id: r.id,
        countryCode: r.countryCode,
        regionCode: r.region?.code ?? null,
        place: r.foundPlace,
        foundAt: r.foundAt,
        names: r.namesGiven,
        sex: r.sex,
        ageMin: r.ageMin,
        ageMax: r.ageMax,
        heightMinCm: r.heightMinCm,
        heightMaxCm: r.heightMaxCm,
        build: r.build,
        hair: r.hair,
        eyeColour: r.eyeColour,
        skin: r.skin,
        nationality: r.nationality,
        marks: r.marks.map((m) => ({ kind: m.type, location: m.bodyLocation, description: m.description })),
        languages: r.languages,
        clothing: r.clothing,
        circumstances: r.circumstances,
        hasPhoto: r._count.photos > 0,
      };
      const open = !r.identifiedCaseId && (OPEN_FOUND_STATUSES as readonly string[]).includes(r.status);
      return [r.id, { profile: profileFromFound(found), open }];
    }),
  );
}
