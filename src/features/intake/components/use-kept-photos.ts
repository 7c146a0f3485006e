import { useEffect, useRef, useState, type Dispatch, type SetStateAction } from "react";
import { hasDraftPhotos } from "./draft-storage";
import { checkPhoto, type ChosenPhoto } from "./photos-step";

// The IndexedDB code is fetched only when there is something to keep or to bring back
// (draft-photos.ts): a first visit without photos never loads it (decision 100's budget).
export const loadKeptPhotos = () => import("./draft-photos");

/**
 * Keeps the draft's photos on the phone across a reload or a killed tab (decision 173): brings
 * back the ones kept for this draft once its submission id is known, then keeps every settled
 * change (not while a photo is still being shrunk), one write after the other. `refused` when
 * the browser would not keep them: the photo step then says to choose them again after a reload.
 */
export function useKeptPhotos(opts: {
  photos: ChosenPhoto[];
  setPhotos: Dispatch<SetStateAction<ChosenPhoto[]>>;
  /** The draft's submission id once the draft is loaded (use-claim-draft.ts), else null. */
  submissionId: string | null;
}) {
  const { photos, setPhotos, submissionId } = opts;
  const [restored, setRestored] = useState<string | null>(null);
  const [refused, setRefused] = useState(false);
  const writes = useRef(Promise.resolve());

  useEffect(() => {
    if (!submissionId || restored === submissionId) return;
    const done = () => setRestored(submissionId);
    if (!hasDraftPhotos()) return done();
    void loadKeptPhotos()
      .then((m) => m.draftPhotos(submissionId))
      // Photos already there (chosen meanwhile, or those of a claim waiting offline) win.
      .then((files) => files.length && setPhotos((ps) => (ps.length ? ps : files.map((f) => checkPhoto(f)))))
      .catch(() => undefined)
      .finally(done);
  }, [submissionId, restored, setPhotos]);

  useEffect(() => {
    if (!submissionId || restored !== submissionId || photos.some((p) => p.preparing)) return;
    const files = photos.filter((p) => !p.error).map((p) => p.file);
    if (!files.length && !hasDraftPhotos()) return;
    writes.current = writes.current
      .then(() => loadKeptPhotos())
      .then((m) => m.keepDraftPhotos(submissionId, files))
      .then(
        (kept) => setRefused(!kept),
        () => setRefused(files.length > 0),
      );
  }, [photos, submissionId, restored]);

  return { refused };
}
