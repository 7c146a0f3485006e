import { useState, type Dispatch, type SetStateAction } from "react";
import type { FieldPath, UseFormReturn } from "react-hook-form";
import { submitClaimForm } from "../actions";
import { CLAIM_STEPS } from "../steps";
import type { Receipt } from "./claim-receipt";
import { clearDraft } from "./draft-storage";
import type { ClaimFormValues } from "./form-values";
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

  async function send() {
    setSending(true);
    setFormError(undefined);
    const values = opts.form.getValues();
    const data = new FormData();
    data.set("claim", JSON.stringify(values));
    try {
      const res = await submitClaimForm(data);
      if (res.ok) {
        clearDraft();
        setReceipt(res.data);
        opts.onFiled(values.submissionId);
      } else showServerErrors(res.error, res.fieldErrors);
    } catch {
      // No answer arrived: the draft (and its submission id) is still here for another try.
      setFormError("intake:errors.network");
    } finally {
      setSending(false);
    }
  }

  return { send, sending, formError, setFormError, receipt, setReceipt };
}
