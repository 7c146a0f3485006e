import { useEffect, useRef, useState, type Dispatch, type SetStateAction } from "react";
import type { FieldPath, UseFormReturn } from "react-hook-form";
import { submitClaimForm } from "../actions";
import { CLAIM_STEPS } from "../steps";
import type { Receipt } from "./claim-receipt";
import { clearDraft } from "./draft-storage";
import type { ClaimFormValues } from "./form-values";
import { keepReceipt, loadReceipt } from "./kept-receipt";
import { forgetClaim, keepClaim, photoFiles, waitingClaims } from "./offline-queue";
import { checkPhoto, type ChosenPhoto } from "./photos-step";

/** The step (index) a field path such as "reporter.phone" belongs to. */
export const stepOf = (path: string) =>
  Math.max(
    0,
    CLAIM_STEPS.findIndex((s) => path === s || path.startsWith(`${s}.`)),
  );

/**
 * Sends the claim (JSON only, a few KB) to the server action. The draft is cleared only once
 * the server acknowledged it; a lost answer leaves the draft and its submission id in place, so
 * sending again returns the same case. Refusals are shown on the fields they concern. The photos
 * follow once the claim is filed (`onFiled`, use-photo-uploads.ts), each in its own request.
 * Without a connection the claim waits on the phone with its photos (offline-queue.ts, decision
 * 164) and is sent, with the same submission id, when the connection returns or the page is
 * opened again online. A send that fails while the phone believes it is online (a 3G line that
 * drops, a server that does not answer) waits there too, and is tried again by itself.
 */
export function useClaimSubmission(opts: {
  form: UseFormReturn<ClaimFormValues>;
  photos: ChosenPhoto[];
  setPhotos: Dispatch<SetStateAction<ChosenPhoto[]>>;
  setPhotoError: (key: string | undefined) => void;
  go: (step: number) => void;
  onFiled: (submissionId: string, photos: readonly File[]) => void;
}) {
  const [sending, setSending] = useState(false);
  const [formError, setFormError] = useState<string>();
  const [receipt, setReceipt] = useState<Receipt | null>(null);

  function showServerErrors(error: string | undefined, fieldErrors: Record<string, string> = {}) {
    const paths = Object.keys(fieldErrors);
    for (const path of paths) {
      const m = /^photos\.(\d+)$/.exec(path);
      if (m)
        opts.setPhotos((ps) =>
          ps.map((p, i) => (i === Number(m[1]) ? { ...p, error: fieldErrors[path] } : p)),
        );
      else if (path === "photos") opts.setPhotoError(fieldErrors[path]);
      else
        opts.form.setError(path as FieldPath<ClaimFormValues>, {
          type: "server",
          message: fieldErrors[path],
        });
    }
    if (paths.length) opts.go(Math.min(...paths.map(stepOf)));
    setFormError(error);
  }

  const [queued, setQueued] = useState<"saved" | "sending" | null>(null);
  /** Whether the waiting claim's photos wait with it ("kept") or only in this page ("page"). */
  const [queuedPhotos, setQueuedPhotos] = useState<"kept" | "page" | null>(null);
  const flushing = useRef(false);
  const retryTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const failures = useRef(0);

  /** One request; any answer from the server ends the claim's wait (a refusal leaves the draft). */
  async function deliver(submissionId: string, claim: string, photos: readonly File[]) {
    const data = new FormData();
    data.set("claim", claim);
    const res = await submitClaimForm(data);
    await forgetClaim(submissionId);
    failures.current = 0;
    if (res.ok) {
      clearDraft();
      // Kept on the phone for a day, so a reload or a killed tab does not lose it (decision 173).
      setReceipt(keepReceipt(res.data));
      opts.onFiled(submissionId, photos);
    } else showServerErrors(res.error, res.fieldErrors);
  }

  async function keepForLater(submissionId: string, claim: string, photos: readonly File[]) {
    const kept = await keepClaim(submissionId, claim, photos);
    if (kept) {
      setQueued("saved");
      setQueuedPhotos(photos.length ? (kept === "all" ? "kept" : "page") : null);
    }
    return kept;
  }

  /**
   * While the phone says it is online nothing else will wake the queue (no "online" event comes),
   * so a failed send is tried again after 5 s, 15 s, 30 s, then every minute while the page is
   * open; the same submission id makes each try safe.
   */
  function retrySoon() {
    clearTimeout(retryTimer.current);
    if (!navigator.onLine) return; // the "online" event sends it
    const delays = [5_000, 15_000, 30_000, 60_000];
    const delay = delays[Math.min(failures.current, delays.length - 1)]!;
    failures.current += 1;
    retryTimer.current = setTimeout(() => void flushLatest.current(), delay);
  }

  async function send() {
    setSending(true);
    setFormError(undefined);
    const values = opts.form.getValues();
    const claim = JSON.stringify(values);
    const photos = opts.photos.map((p) => p.file);
    try {
      if (!navigator.onLine) {
        if (!(await keepForLater(values.submissionId, claim, photos))) setFormError("intake:errors.network");
      } else await deliver(values.submissionId, claim, photos);
    } catch {
      // No answer arrived: the draft (and its submission id) is still here for another try, and
      // the claim waits on the phone to be tried again by itself.
      const kept = await keepForLater(values.submissionId, claim, photos);
      if (navigator.onLine) {
        // Pressing "Send" again stays possible and is safe (same submission id).
        setQueued(null);
        setFormError("intake:errors.network");
        if (kept) retrySoon();
      } else if (!kept) setFormError("intake:errors.network");
    } finally {
      setSending(false);
    }
  }

  /** Sends the claims waiting on the phone, one at a time, never two sends at once. */
  async function flush() {
    if (flushing.current) return;
    clearTimeout(retryTimer.current);
    const waiting = await waitingClaims();
    // Opened again after a reload: the form shows the waiting claim's photos, as it was sent.
    const mine = waiting.find((w) => w.submissionId === opts.form.getValues().submissionId);
    if (mine?.photos?.length && !opts.photos.length) {
      opts.setPhotos(photoFiles(mine).map((f) => checkPhoto(f)));
      setQueuedPhotos("kept");
    }
    if (!navigator.onLine) {
      // Opened again without a connection: say that a claim is still waiting here.
      if (waiting.length) setQueued("saved");
      return;
    }
    flushing.current = true;
    try {
      for (const w of waiting) {
        setQueued("sending");
        await deliver(w.submissionId, w.claim, photoFiles(w));
      }
      setQueued(null);
      setQueuedPhotos(null);
    } catch {
      setQueued("saved"); // still no answer: it stays on the phone for the next try
      retrySoon();
    } finally {
      flushing.current = false;
    }
  }

  const flushLatest = useRef(flush);
  useEffect(() => {
    flushLatest.current = flush;
  });
  useEffect(() => {
    // Opened again after filing (a reload, a tab the phone killed): the receipt kept here first.
    const kept = loadReceipt();
    // eslint-disable-next-line react-hooks/set-state-in-effect -- localStorage exists only after hydration
    if (kept) setReceipt(kept);
    const sendWaiting = () => void flushLatest.current();
    sendWaiting();
    window.addEventListener("online", sendWaiting);
    return () => {
      window.removeEventListener("online", sendWaiting);
      clearTimeout(retryTimer.current);
    };
  }, []);

  return { send, sending, queued, queuedPhotos, formError, setFormError, receipt, setReceipt };
}
