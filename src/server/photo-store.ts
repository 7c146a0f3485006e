import "server-only";
import { getStorage } from "@/server/storage";
import type { PreparedPhoto } from "./photos";

/** What a CasePhoto row records about a stored photo (keys are random, see storage.ts). */
export interface StoredPhoto {
  storageKey: string;
  thumbKey: string;
  mimeType: string;
  width: number;
  height: number;
  bytes: number;
}

export async function storePhotos(photos: readonly PreparedPhoto[]): Promise<StoredPhoto[]> {
  const storage = getStorage();
  const stored: StoredPhoto[] = [];
  try {
    for (const p of photos) {
      const storageKey = await storage.put(p.full);
      const thumbKey = await storage.put(p.thumb).catch(async (err: unknown) => {
        await storage.delete(storageKey);
        throw err;
      });
      stored.push({
        storageKey,
        thumbKey,
        mimeType: p.mimeType,
        width: p.width,
        height: p.height,
        bytes: p.full.length,
      });
    }
    return stored;
  } catch (err) {
    await deleteStoredPhotos(stored);
    throw err;
  }
}

/** Best effort: an orphaned file is harmless (random name, no row points to it), a thrown error is not. */
export async function deleteStoredPhotos(stored: readonly StoredPhoto[]): Promise<void> {
  const storage = getStorage();
  await Promise.all(
    stored.flatMap((p) => [p.storageKey, p.thumbKey]).map((k) => storage.delete(k).catch(() => undefined)),
  );
}
