import "server-only";
import { recordCaseEvent } from "@/server/audit";
import { getDb } from "@/server/db";
import { AppError, NotFoundError } from "@/server/errors";
import { deleteStoredPhotos, storePhotos } from "@/server/photo-store";
import { preparePhotos } from "@/server/photos";
import type { ClaimPhotoInput } from "./schemas";

/**
 * How long after filing the report form may still send the claim's photos: as long as a retry
 * of the claim itself gets its tracking code back (receipt.ts), so a family on a bad connection
 * can press "Try again" hours later from the same page.
 */
export const CLAIM_PHOTO_WINDOW_MS = 72 * 3600 * 1000;

export interface ClaimPhotoResult {
  /** False when this position already had its photo: a retry whose first answer was lost. */
  stored: boolean;
}

/** A photo refused by content (unreadable, not an image, too big): trying again will not help. */
export class PhotoRefusedError extends AppError {
  constructor(key: string) {
    super(key, 400);
  }
}

const isUniqueViolation = (err: unknown) => (err as { code?: unknown })?.code === "P2002";

/**
 * Adds one photo to the claim filed under `submissionId`, at `position` (its place in the form's
 * list). The form files the claim first, then sends each photo on its own, so a photo that fails
 * on a bad connection is sent again alone and never files the claim twice. Knowing the random
 * submission id is the permission (only the family's browser has it, as for replaying the
 * claim); a public-form claim only, within the window. Idempotent per position: the unique
 * (caseId, position) keeps a photo sent twice from being stored twice.
 */
export async function addClaimPhoto(
  input: ClaimPhotoInput,
  photo: Buffer,
  now = new Date(),
): Promise<ClaimPhotoResult> {
  const db = await getDb();
  const claim = await db.case.findFirst({
    where: {
      submissionId: input.submissionId,
      practiceSessionId: null,
      sourceTokenId: null,
      createdAt: { gte: new Date(now.getTime() - CLAIM_PHOTO_WINDOW_MS) },
    },
    select: { id: true, photos: { where: { position: input.position }, select: { id: true } } },
  });
  if (!claim) throw new NotFoundError();
  if (claim.photos.length) return { stored: false };
  const prepared = await preparePhotos([photo]);
  if (!prepared.ok) throw new PhotoRefusedError(Object.values(prepared.fieldErrors)[0]!);
  const [stored] = await storePhotos(prepared.photos);
  try {
    await db.$transaction(async (tx) => {
      await tx.casePhoto.create({ data: { caseId: claim.id, position: input.position, ...stored! } });
      await recordCaseEvent(tx, {
        caseId: claim.id,
        actorKind: "REPORTER",
        type: "PHOTO_ADDED",
        newValue: String(input.position + 1),
      });
    });
  } catch (err) {
    await deleteStoredPhotos([stored!]);
    // Two copies of one photo raced: the other one is stored.
    if (isUniqueViolation(err)) return { stored: false };
    throw err;
  }
  return { stored: true };
}
