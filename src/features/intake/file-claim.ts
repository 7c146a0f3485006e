import "server-only";
import crypto from "node:crypto";
import { allocateCaseNumber } from "@/features/cases/case-number";
import { phoneDigits, searchNameFor } from "@/features/cases/normalize";
import { addInboxItem, CASE_TEAM_ROLES } from "@/features/inbox/data";
import { recordCaseEvent } from "@/server/audit";
import { getDb, type Tx } from "@/server/db";
import { transactionOptions } from "@/server/db-timeouts";
import { AppError } from "@/server/errors";
import { flagPossibleDuplicates } from "./duplicates";
import { localToUtc } from "./local-time";
import type { PreparedPhoto } from "./photos";
import { replayTrackingCode, trackingCodeFor } from "./receipt";
import { ageWhenLastSeen, type ClaimInput } from "./schemas";
import { hashTrackingCode } from "./tracking-code";
import { deleteStoredPhotos, storePhotos, type StoredPhoto } from "./photo-store";

export interface FileClaimContext {
  /** Photos already checked and re-encoded by preparePhotos(). */
  photos?: PreparedPhoto[];
  /** Files the claim into a training session's sandbox. */
  practiceSessionId?: string | null;
  /** Overrides the case-number prefix (default: the country's, or PRACTICE-<country> in a sandbox). */
  casePrefix?: string;
  /** submissionHash() of what was sent; a known id with another hash is refused (409). */
  submissionHash?: string;
}

export interface FiledClaim {
  caseNumber: string;
  /** Null when this was a retry of a submission filed too long ago to show the code again. */
  trackingCode: string | null;
  /** False when the submission id had already been filed: nothing new was written. */
  created: boolean;
}

/** A known submission id sent again with a different claim: never answered with the first one's code. */
export class SubmissionConflictError extends AppError {
  constructor() {
    super("intake:errors.submissionConflict", 409);
  }
}

/** A claim the server refuses after the schema passed (e.g. a region unknown to the database). */
export class ClaimRejectedError extends AppError {
  constructor(public readonly fieldErrors: Record<string, string>) {
    super("validation:invalid", 400);
  }
}

const PREFIX_PATTERN = /^[A-Z]{1,8}(-[A-Z]{2})?$/;

async function findFiled(submissionId: string) {
  const db = await getDb();
  return db.case.findUnique({
    where: { submissionId },
    select: { caseNumber: true, createdAt: true, trackingCodeHash: true, submissionHash: true },
  });
}

/**
 * The answer for a submission id that was already filed, or null when it is new. Only an
 * identical replay (same hash; rows from before hashes were kept have none) gets it back.
 */
export async function findFiledClaim(submissionId: string, hash?: string): Promise<FiledClaim | null> {
  const filed = await findFiled(submissionId);
  return filed ? replay(submissionId, filed, hash) : null;
}

async function resolvePlace(input: ClaimInput, ctx: FileClaimContext) {
  const db = await getDb();
  const { country: code, region } = input.lastSeen;
  const [country, regionRow] = await Promise.all([
    db.country.findUnique({ where: { code }, select: { casePrefix: true } }),
    region ? db.region.findFirst({ where: { code: region, countryCode: code }, select: { id: true } }) : null,
  ]);
  if (!country) throw new ClaimRejectedError({ "lastSeen.country": "validation:invalidChoice" });
  if (region && !regionRow) throw new ClaimRejectedError({ "lastSeen.region": "validation:invalidChoice" });
  const prefix =
    ctx.casePrefix ?? (ctx.practiceSessionId ? `PRACTICE-${country.casePrefix}` : country.casePrefix);
  if (!PREFIX_PATTERN.test(prefix)) throw new Error(`Invalid case-number prefix: ${prefix}`);
  return { prefix, regionId: regionRow?.id ?? null };
}

/**
 * Files a claim as a new case (status REPORTED) with its photos, a CREATED event and any
 * possible-duplicate marks, all in one transaction. Idempotent on `submissionId`: a retry
 * returns the case filed the first time and writes nothing.
 */
export async function fileClaim(input: ClaimInput, ctx: FileClaimContext = {}): Promise<FiledClaim> {
  const filed = await findFiled(input.submissionId);
  if (filed) return replay(input.submissionId, filed, ctx.submissionHash);
  const { prefix, regionId } = await resolvePlace(input, ctx);
  const trackingCode = trackingCodeFor(input.submissionId);
  // Files first (slow, outside the transaction); removed again if the transaction fails.
  const stored = await storePhotos(ctx.photos ?? []);
  try {
    const db = await getDb();
    const caseNumber = await db.$transaction(
      (tx) => insertCase(tx, input, { ...ctx, prefix, regionId, trackingCode, stored }),
      transactionOptions(),
    );
    return { caseNumber, trackingCode, created: true };
  } catch (err) {
    await deleteStoredPhotos(stored);
    // Two copies of one submission raced: the loser's insert hit the unique submissionId.
    const winner = await findFiled(input.submissionId);
    if (winner) return replay(input.submissionId, winner, ctx.submissionHash);
    throw err;
  }
}

function replay(
  submissionId: string,
  filed: { caseNumber: string; createdAt: Date; trackingCodeHash: string; submissionHash: string | null },
  hash: string | undefined,
): FiledClaim {
  if (filed.submissionHash && hash && filed.submissionHash !== hash) throw new SubmissionConflictError();
  return {
    caseNumber: filed.caseNumber,
    trackingCode: replayTrackingCode(submissionId, filed),
    created: false,
  };
}

interface InsertContext extends FileClaimContext {
  prefix: string;
  regionId: string | null;
  trackingCode: string;
  stored: StoredPhoto[];
}

async function insertCase(tx: Tx, input: ClaimInput, ctx: InsertContext): Promise<string> {
  const { person, lastSeen } = input;
  // The counter row stays locked until commit: numbers are consecutive and never skipped.
  const caseNumber = await allocateCaseNumber(tx, ctx.prefix, new Date().getUTCFullYear());
  const searchName = searchNameFor(person);
  const lastSeenAt = localToUtc(lastSeen.date, lastSeen.time, lastSeen.country);
  const practiceSessionId = ctx.practiceSessionId ?? null;
  const row = await tx.case.create({
    data: caseData(input, { caseNumber, searchName, lastSeenAt, practiceSessionId, ...ctx }),
    select: { id: true },
  });
  if (ctx.stored.length) {
    await tx.casePhoto.createMany({
      data: ctx.stored.map((p, position) => ({ caseId: row.id, position, ...p })),
    });
  }
  await recordCaseEvent(tx, { caseId: row.id, actorKind: "REPORTER", type: "CREATED", newValue: "REPORTED" });
  // The new-claims queue of the country (its region's staff and the country-wide ones).
  if (!practiceSessionId) {
    await addInboxItem(tx, {
      kind: "NEW_CLAIM",
      caseId: row.id,
      to: { countryCode: lastSeen.country, roles: CASE_TEAM_ROLES, regionId: ctx.regionId },
      dedupeKey: `claim:${row.id}`,
    });
  }
  await flagPossibleDuplicates(tx, {
    id: row.id,
    caseNumber,
    countryCode: lastSeen.country,
    searchName,
    practiceSessionId,
    lastSeenAt,
    age: ageWhenLastSeen(person, lastSeen.date),
  });
  return caseNumber;
}

function caseData(
  { submissionId, person: p, lastSeen: l, reporter: r, consent: c }: ClaimInput,
  x: InsertContext & {
    caseNumber: string;
    searchName: string;
    lastSeenAt: Date;
    practiceSessionId: string | null;
  },
) {
  return {
    caseNumber: x.caseNumber,
    publicId: crypto.randomBytes(9).toString("base64url"),
    countryCode: l.country,
    regionId: x.regionId,
    practiceSessionId: x.practiceSessionId,
    submissionId,
    submissionHash: x.submissionHash ?? null,
    trackingCodeHash: hashTrackingCode(x.trackingCode),
    givenNames: p.givenNames,
    familyNames: p.familyNames,
    otherNames: p.otherNames ?? null,
    searchName: x.searchName,
    sex: p.sex,
    dateOfBirth: p.dateOfBirth ? new Date(`${p.dateOfBirth}T00:00:00Z`) : null,
    approxAge: p.approxAge ?? null,
    nationality: p.nationality ?? null,
    languages: p.languages,
    identityDocument: p.identityDocument ?? null,
    heightCm: p.heightCm ?? null,
    build: p.build ?? null,
    hair: p.hair ?? null,
    eyeColour: p.eyeColour ?? null,
    distinguishingMarks: p.distinguishingMarks ?? null,
    clothing: p.clothing ?? null,
    medicalNeeds: p.medicalNeeds ?? null,
    lastSeenCity: l.city,
    lastSeenAt: x.lastSeenAt,
    lastSeenTimeKnown: l.time !== undefined,
    circumstances: l.circumstances,
    riskIndicators: l.riskIndicators,
    // Same rule as the seed: any ticked indicator puts the case on the trafficking watch list.
    traffickingFlag: l.riskIndicators.length > 0,
    reporterName: r.name,
    reporterRelationship: r.relationship,
    reporterPhone: r.phone ?? null,
    reporterPhoneDigits: phoneDigits(r.phone),
    reporterEmail: r.email ?? null,
    reporterLocale: r.preferredLocale,
    consentPublishPhoto: c.publishPhoto,
    consentPublishName: c.publishName,
    consentPublishAge: c.publishAge,
    consentPublishLastSeen: c.publishLastSeen,
    guardianConfirmed: c.guardianConfirmed,
  };
}
