import { useRef, useState } from "react";
import type { UploadOutcome } from "./upload-photo";

// The upload code is loaded when the first photo is sent, once the claim is filed (so online):
// it is not part of the report page's first visit (decision 100's budget).
const loadUploader = () => import("./upload-photo");

export interface PhotoUpload {
  /** The photo's place in the form's list, which is also its idempotency key on the server. */
  position: number;
  file: File;
  status: "waiting" | "sending" | "sent" | "failed";
  sent: number;
  total: number;
  error?: string;
  /** Whether "Try again" can help (a lost connection, not a refused file). */
  canRetry?: boolean;
}

/**
 * The photos of a filed claim, sent one by one after the claim was acknowledged: the case number
 * never waits for (or is lost with) a photo on a slow line. A failed photo keeps its place and is
 * sent again alone; the server stores each position once, so a retry never duplicates it.
 */
export function usePhotoUploads() {
  const [uploads, setUploads] = useState<PhotoUpload[]>([]);
  const submissionId = useRef("");

  // An answer that arrives after "Report another person" must not touch the next claim's list.
  const updater = (id: string) => (position: number, patch: Partial<PhotoUpload>) => {
    if (submissionId.current === id)
      setUploads((us) => us.map((u) => (u.position === position ? { ...u, ...patch } : u)));
  };

  async function sendOne(u: PhotoUpload, id: string) {
    const update = updater(id);
    update(u.position, { status: "sending", sent: 0, error: undefined, canRetry: undefined });
    let outcome: UploadOutcome;
    try {
      const { uploadPhoto } = await loadUploader();
      outcome = await uploadPhoto(u.file, { submissionId: id, position: u.position }, (sent, total) =>
        update(u.position, { sent, total }),
      );
    } catch {
      // The code itself did not arrive (the line dropped): "Try again" loads it again.
      outcome = { ok: false, error: "intake:uploads.errors.network", retry: true };
    }
    update(
      u.position,
      outcome.ok
        ? { status: "sent", sent: u.total }
        : { status: "failed", error: outcome.error, canRetry: outcome.retry },
    );
  }

  /** `photos`: the files in the form's order, from the form or from the claim kept offline. */
  async function start(id: string, photos: readonly File[]) {
    submissionId.current = id;
    const list = photos.map((file, position): PhotoUpload => ({
      position,
      file,
      status: "waiting",
      sent: 0,
      total: file.size,
    }));
    setUploads(list);
    // One at a time: on a slow line parallel uploads only make every photo late. They go on
    // (unseen) if the family starts another report meanwhile: they belong to this claim.
    for (const u of list) await sendOne(u, id);
  }

  function retry(position: number) {
    const u = uploads.find((x) => x.position === position);
    if (u && u.status === "failed") void sendOne(u, submissionId.current);
  }

  function reset() {
    submissionId.current = "";
    setUploads([]);
  }

  return { uploads, start, retry, reset };
}
