import { useEffect, useState } from "react";
import type { UseFormReturn } from "react-hook-form";
import type { Locale } from "@/i18n/settings";
import { clearDraft, loadDraft, saveDraft } from "./draft-storage";
import { emptyClaimValues, newSubmissionId, type ClaimFormValues } from "./form-values";

/**
 * Restores an unsent draft on load (or starts a new one with a fresh submission id) and saves
 * every change. The submission id stays the same for the whole draft, so sending it again after
 * a timeout can never create a second case.
 */
export function useClaimDraft(
  form: UseFormReturn<ClaimFormValues>,
  locale: Locale,
  step: number,
  setStep: (n: number) => void,
) {
  const [restored, setRestored] = useState(false);
  const [ready, setReady] = useState(false);
  const { reset, watch, getValues } = form;

  useEffect(() => {
    const draft = loadDraft(locale);
    // localStorage exists only in the browser, so the draft can only be restored after hydration.
    /* eslint-disable react-hooks/set-state-in-effect */
    if (draft) {
      reset(draft.values);
      setStep(draft.step);
      setRestored(true);
    } else {
      reset(emptyClaimValues(locale, newSubmissionId()));
    }
    setReady(true);
    /* eslint-enable react-hooks/set-state-in-effect */
  }, [locale, reset, setStep]);

  useEffect(() => {
    if (!ready) return;
    saveDraft({ values: getValues(), step });
    const sub = watch((values) => saveDraft({ values: values as ClaimFormValues, step }));
    return () => sub.unsubscribe();
  }, [ready, step, watch, getValues]);

  /** Forgets the draft (after the server acknowledged it, or when the user starts over). */
  function discard() {
    clearDraft();
    reset(emptyClaimValues(locale, newSubmissionId()));
    setRestored(false);
    setStep(0);
  }

  return { restored, ready, discard };
}
