import "server-only";
import { normalizeName } from "@/lib/names/normalize";
import { practiceCasePrefix } from "@/lib/case-number";
import { deleteStoredPhotos, storePhotos, type StoredPhoto } from "@/server/photo-store";
import type { PreparedPhoto } from "@/server/photos";
import { localToUtc } from "@/lib/local-time";
import type { ClaimCountry } from "@/lib/case-options";
import { getDb, type Tx } from "@/server/db";
import { transactionOptions } from "@/server/db-timeouts";
import { AppError } from "@/server/errors";
import { can } from "@/server/policy";
import type { Viewer } from "@/server/viewer";
import { scheduleMatching } from "@/features/matching/data";
import { allocateFoundNumber } from "../found-number";
import type { FoundInput } from "../schemas";
import { recordFoundEvent } from "./audit";

export interface RecordedFound {
  foundNumber: string;
  /** False when the submission id had already been recorded: nothing new was written. */
  created: boolean;
}

/** A record the server refuses after the schema passed (a region of another country). */
export class FoundRejectedError extends AppError {
  constructor(public readonly fieldErrors: Record<string, string>) {
    super("validation:invalid", 400);
  }
}

/**
 * Police, NGOs, migration and forensic staff record in their own country; a practice login in
 * its session's sandbox only (the record carries the session and a practice number).
 */
function assertMayRecord(viewer: Viewer) {
  if (!can(viewer, "found:create")) throw new AppError("common:errors.forbidden", 403);
}

async function findRecorded(viewer: Viewer, submissionId: string): Promise<RecordedFound | null> {
  const db = await getDb();
  const row = await db.foundPerson.findUnique({
    where: { submissionId },
    select: { foundNumber: true, recordedById: true },
  });
  if (!row) return null;
  // A submission id is the recorder's own: another user's retry learns nothing about it.
  if (row.recordedById !== viewer.id) throw new AppError("common:errors.forbidden", 403);
  return { foundNumber: row.foundNumber, created: false };
}

async function resolveRegion(viewer: Viewer, regionId: string | undefined) {
  const db = await getDb();
  const [country, region] = await Promise.all([
    db.country.findUnique({ where: { code: viewer.countryCode }, select: { casePrefix: true } }),
    regionId ? db.region.findFirst({ where: { id: regionId, countryCode: viewer.countryCode } }) : null,
  ]);
  if (!country) throw new AppError("common:errors.forbidden", 403);
  if (regionId && !region) throw new FoundRejectedError({ regionId: "validation:invalidChoice" });
  const prefix = viewer.practiceSessionId ? practiceCasePrefix(viewer.countryCode) : country.casePrefix;
  return { prefix, regionId: region?.id ?? null };
}

/**
 * Records a found person in the viewer's own country (status OPEN) with marks, photos and a
 * CREATED event in one transaction. Idempotent on `submissionId`: a retry returns the record
 * made the first time and writes nothing.
 */
export async function recordFoundPerson(
  viewer: Viewer,
  input: FoundInput,
  photos: readonly PreparedPhoto[] = [],
): Promise<RecordedFound> {
  assertMayRecord(viewer);
  const again = await findRecorded(viewer, input.submissionId);
  if (again) return again;
  const place = await resolveRegion(viewer, input.regionId);
  // Files first (slow, outside the transaction); removed again if the transaction fails.
  const stored = await storePhotos(photos);
  try {
    const db = await getDb();
    const { id, foundNumber } = await db.$transaction(
      (tx) => insertFound(tx, viewer, input, { ...place, stored }),
      transactionOptions(),
    );
    // Matching against claims in every country: after commit and after the answer is sent.
    // A practice record is never matched (real claims must not meet sandbox rows).
    if (!viewer.practiceSessionId) scheduleMatching({ kind: "found", id });
    return { foundNumber, created: true };
  } catch (err) {
    await deleteStoredPhotos(stored);
    // Two copies of one submission raced: the loser's insert hit the unique submissionId.
    const winner = await findRecorded(viewer, input.submissionId);
    if (winner) return winner;
    throw err;
  }
}

async function insertFound(
  tx: Tx,
  viewer: Viewer,
  input: FoundInput,
  ctx: { prefix: string; regionId: string | null; stored: StoredPhoto[] },
): Promise<{ id: string; foundNumber: string }> {
  const foundNumber = await allocateFoundNumber(tx, ctx.prefix, new Date().getUTCFullYear());
  const { submissionId, foundOn, marks, regionId: _r, ...fields } = input;
  const row = await tx.foundPerson.create({
    data: {
      ...fields,
      foundNumber,
      submissionId,
      countryCode: viewer.countryCode,
      regionId: ctx.regionId,
      foundAt: localToUtc(foundOn, undefined, viewer.countryCode as ClaimCountry),
      searchName: normalizeName(input.namesGiven ?? ""),
      recordedById: viewer.id,
      practiceSessionId: viewer.practiceSessionId ?? null,
      marks: { create: marks.map((m, position) => ({ ...m, position })) },
      photos: { create: ctx.stored.map((p, position) => ({ ...p, position })) },
    },
    select: { id: true },
  });
  await recordFoundEvent(tx, { foundPersonId: row.id, actorUserId: viewer.id, type: "CREATED" });
  return { id: row.id, foundNumber };
}
