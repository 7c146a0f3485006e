import { useEffect, useRef, useState, type Dispatch, type SetStateAction } from "react";
import type { FieldPath, UseFormReturn } from "react-hook-form";
import { submitClaimForm } from "../actions";
import { CLAIM_STEPS } from "../steps";
import type { Receipt } from "./claim-receipt";
import { clearDraft } from "./draft-storage";
import type { ClaimFormValues } from "./form-values";
import { forgetClaim, keepClaim, waitingClaims } from "./offline-queue";
import type { ChosenPhoto } from "./photos-step";

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
 * Without a connection the claim waits on the phone (offline-queue.ts, decision 147) and is sent,
 * with the same submission id, when the connection returns or the page is opened again online.
 */
export function useClaimSubmission(opts: {
  form: UseFormReturn<ClaimFormValues>;
  photos: ChosenPhoto[];
  setPhotos: Dispatch<SetStateAction<ChosenPhoto[]>>;
  setPhotoError: (key: string | undefined) => void;
  go: (step: number) => void;
  onFiled: (submissionId: string) => void;
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
  const flushing = useRef(false);

  /** One request; any answer from the server ends the claim's wait (a refusal leaves the draft). */
  async function deliver(submissionId: string, claim: string) {
    const data = new FormData();
    data.set("claim", claim);
    const res = await submitClaimForm(data);
    await forgetClaim(submissionId);
    if (res.ok) {
      clearDraft();
      setReceipt(res.data);
      opts.onFiled(submissionId);
    } else showServerErrors(res.error, res.fieldErrors);
  }

  async function keepForLater(submissionId: string, claim: string) {
    if (await keepClaim(submissionId, claim)) setQueued("saved");
    else setFormError("intake:errors.network");
  }

  async function send() {
    setSending(true);
    setFormError(undefined);
    const values = opts.form.getValues();
    const claim = JSON.stringify(values);
    try {
      if (!navigator.onLine) await keepForLater(values.submissionId, claim);
      else await deliver(values.submissionId, claim);
    } catch {
      // No answer arrived: the draft (and its submission id) is still here for another try.
      if (!navigator.onLine) await keepForLater(values.submissionId, claim);
      else setFormError("intake:errors.network");
    } finally {
      setSending(false);
    }
  }

  /** Sends the claims waiting on the phone, one at a time, never two sends at once. */
  async function flush() {
    if (flushing.current) return;
    if (!navigator.onLine) {
      // Opened again without a connection: say that a claim is still waiting here.
      if ((await waitingClaims()).length) setQueued("saved");
      return;
    }
    flushing.current = true;
    try {
      for (const waiting of await waitingClaims()) {
        setQueued("sending");
        await deliver(waiting.submissionId, waiting.claim);
      }
      setQueued(null);
    } catch {
      setQueued("saved"); // still no answer: it stays on the phone for the next try
    } finally {
      flushing.current = false;
    }
  }

  const flushLatest = useRef(flush);
  useEffect(() => {
    flushLatest.current = flush;
  });
  useEffect(() => {
    const sendWaiting = () => void flushLatest.current();
    sendWaiting();
    window.addEventListener("online", sendWaiting);
    return () => window.removeEventListener("online", sendWaiting);
  }, []);

  return { send, sending, queued, formError, setFormError, receipt, setReceipt };
}
