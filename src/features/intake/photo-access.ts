import "server-only";
import { logCaseAccess } from "@/server/audit";
import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { caseReadScope } from "@/server/policy";
import { getStorage } from "@/server/storage";
import type { Viewer } from "@/server/viewer";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A case photo for staff who may read its case, logged as an access to that case. Anyone else,
 * and any unknown id, gets NotFoundError: photos of minors are never served to the public here
 * (the public bulletin serves its own, consented, copies).
 */
export async function getCasePhotoForViewer(
  viewer: Viewer | null,
  photoId: string,
  size: "thumb" | "full",
): Promise<{ bytes: Buffer; mimeType: string }> {
  if (!viewer || !UUID.test(photoId)) throw new NotFoundError();
  const db = await getDb();
  const photo = await db.$transaction(async (tx) => {
    const row = await tx.casePhoto.findFirst({
      where: { id: photoId, case: caseReadScope(viewer) },
      select: { caseId: true, storageKey: true, thumbKey: true, mimeType: true },
    });
    if (!row) return null;
    await logCaseAccess(tx, { caseId: row.caseId, userId: viewer.id, action: `PHOTO_${size.toUpperCase()}` });
    return row;
  });
  if (!photo) throw new NotFoundError();
  const bytes = await getStorage().get(size === "thumb" ? photo.thumbKey : photo.storageKey);
  if (!bytes) throw new NotFoundError();
  return { bytes, mimeType: photo.mimeType };
}
