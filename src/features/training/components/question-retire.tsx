"use client";
import { useActionState } from "react";
import { ActionAlert } from "@/components/ui/action-alert";
import { useT } from "@/i18n/client";
import { retireQuestionAction, type RetireState } from "../question-actions";
import { useErrorText } from "./use-error-text";

/** Retire a question (no longer asked) or ask it again; the button names the question. */
export function QuestionRetire(props: { id: string; retired: boolean; label: string }) {
  const t = useT(["training", "common"]);
  const errorText = useErrorText();
  const [state, action, pending] = useActionState<RetireState, FormData>(retireQuestionAction, null);
  return (
    <form action={action} className="actions">
      <input type="hidden" name="id" value={props.id} />
      <input type="hidden" name="retired" value={props.retired ? "false" : "true"} />
      <button
        type="submit"
        className="button button--secondary"
        disabled={pending}
        aria-label={`${t(props.retired ? "questions.restore" : "questions.retire")}: ${props.label}`}
      >
        {t(props.retired ? "questions.restore" : "questions.retire")}
      </button>
      <div aria-live="polite">
        <ActionAlert state={state} translate={errorText} />
      </div>
    </form>
  );
}
