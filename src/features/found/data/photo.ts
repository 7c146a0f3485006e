import "server-only";
import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { foundReadScope } from "@/server/policy";
import { getStorage } from "@/server/storage";
import type { Viewer } from "@/server/viewer";
import { logFoundAccess } from "./audit";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A found record's photo for staff who may read the record, logged as an access to it. Never
 * public (found records have no public page); anyone else and any unknown id get NotFoundError.
 */
export async function getFoundPhotoForViewer(
  viewer: Viewer | null,
  photoId: string,
  size: "thumb" | "full",
): Promise<{ bytes: Buffer; mimeType: string }> {
  if (!viewer || !UUID.test(photoId)) throw new NotFoundError();
  const db = await getDb();
  const photo = await db.$transaction(async (tx) => {
    const row = await tx.foundPersonPhoto.findFirst({
      where: { id: photoId, foundPerson: foundReadScope(viewer) },
      select: { foundPersonId: true, storageKey: true, thumbKey: true, mimeType: true },
    });
    if (!row) return null;
    await logFoundAccess(tx, {
      foundPersonId: row.foundPersonId,
      userId: viewer.id,
      action: `PHOTO_${size.toUpperCase()}`,
    });
    return row;
  });
  if (!photo) throw new NotFoundError();
  const bytes = await getStorage().get(size === "thumb" ? photo.thumbKey : photo.storageKey);
  if (!bytes) throw new NotFoundError();
  return { bytes, mimeType: photo.mimeType };
}
