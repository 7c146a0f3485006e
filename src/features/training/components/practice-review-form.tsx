"use client";
import { useActionState } from "react";
import { ActionAlert } from "@/components/ui/action-alert";
import { useT } from "@/i18n/client";
import { practiceReviewAction, type PracticeReviewState } from "../exercise-actions";
import { useErrorText } from "./use-error-text";

/** Confirm or reject the practice proposed match, with a reason (scored on the server). */
export function PracticeReviewForm() {
  const t = useT(["training", "common"]);
  const errorText = useErrorText();
  const [state, action, pending] = useActionState<PracticeReviewState, FormData>(practiceReviewAction, null);
  const err = (name: string) => (state && !state.ok ? state.fieldErrors?.[name] : undefined);
  return (
    <form action={action} className="stack">
      <div aria-live="polite">
        <ActionAlert state={state} translate={errorText} />
      </div>
      <fieldset aria-describedby={err("decision") ? "review-decision-error" : undefined}>
        <legend>{t("review.decision")}</legend>
        {err("decision") ? (
          <p className="field-error" id="review-decision-error">
            {errorText(err("decision"))}
          </p>
        ) : null}
        <label className="checkbox">
          <input type="radio" name="decision" value="CONFIRMED" />
          <span>{t("review.confirm")}</span>
        </label>
        <label className="checkbox">
          <input type="radio" name="decision" value="REJECTED" />
          <span>{t("review.reject")}</span>
        </label>
      </fieldset>
      <div className="field">
        <label htmlFor="review-reason">{t("review.reason")}</label>
        <textarea
          id="review-reason"
          name="reason"
          rows={3}
          aria-invalid={err("reason") ? true : undefined}
          aria-describedby={err("reason") ? "review-reason-error" : undefined}
        />
        {err("reason") ? (
          <p className="field-error" id="review-reason-error">
            {errorText(err("reason"))}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button" disabled={pending}>
        {t("review.submit")}
      </button>
    </form>
  );
}
