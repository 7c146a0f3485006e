// The photos chosen for a report not sent yet, kept in IndexedDB so a reload or a tab the phone
// killed does not lose them (the text answers wait in localStorage, draft-storage.ts). Loaded
// only once a photo is chosen, or when the flag says some are kept: the report page's first
// visit stays within its JavaScript budget (decision 100). One record, for the one draft of this
// browser, tagged with its submission id: photos of another draft are never shown. They are
// deleted with the draft: once the server acknowledged the claim, or on "Start over".
import { hasDraftPhotos, PHOTOS_FLAG } from "./draft-storage";
import { inStore } from "./idb-store";
import { photoFiles, type WaitingPhoto } from "./offline-queue";

const DRAFT = { db: "reencuentro-draft", store: "photos", keyPath: "key" };
const KEY = "draft";

interface KeptDraftPhotos {
  key: typeof KEY;
  submissionId: string;
  photos: WaitingPhoto[];
  savedAt: number;
}

function flag(submissionId: string | null) {
  try {
    if (submissionId) window.localStorage.setItem(PHOTOS_FLAG, submissionId);
    else window.localStorage.removeItem(PHOTOS_FLAG);
  } catch {
    /* without the flag, the photos are found (and deleted) by the next clearDraft or keep */
  }
}

/**
 * Keeps these photos (already shrunk: a few hundred KB each) for the draft, replacing any kept
 * before; none deletes them. False when the browser refused (a full quota, private browsing).
 */
export async function keepDraftPhotos(submissionId: string, files: readonly File[]): Promise<boolean> {
  if (!files.length) {
    await forgetDraftPhotos();
    return true;
  }
  const record: KeptDraftPhotos = {
    key: KEY,
    submissionId,
    photos: files.map((f) => ({ name: f.name, type: f.type, blob: f })),
    savedAt: Date.now(),
  };
  try {
    await inStore(DRAFT, "readwrite", (s) => s.put(record));
    flag(submissionId);
    return true;
  } catch {
    await forgetDraftPhotos();
    return false;
  }
}

/** The photos kept for this draft, in their order; photos kept for another draft are deleted. */
export async function draftPhotos(submissionId: string): Promise<File[]> {
  if (!hasDraftPhotos()) return [];
  try {
    const kept = await inStore(
      DRAFT,
      "readonly",
      (s) => s.get(KEY) as IDBRequest<KeptDraftPhotos | undefined>,
    );
    if (kept?.submissionId === submissionId)
      return photoFiles({ submissionId, claim: "", savedAt: kept.savedAt, photos: kept.photos });
  } catch {
    /* unreadable: deleted below */
  }
  await forgetDraftPhotos();
  return [];
}

export async function forgetDraftPhotos(): Promise<void> {
  try {
    await inStore(DRAFT, "readwrite", (s) => s.delete(KEY));
    flag(null);
  } catch {
    /* the flag stays, so the next clear tries again */
  }
}
