"use client";
import { useActionState } from "react";
import { ActionAlert } from "@/components/ui/action-alert";
import { Alert } from "@/components/ui/alert";
import { useT } from "@/i18n/client";
import { knowledgeCheckAction, type KnowledgeState } from "../knowledge-actions";
import type { CheckScores } from "../knowledge-check";
import { useErrorText } from "./use-error-text";

/** A question as the trainee reads it: in their language, options in order. */
export interface ShownQuestion {
  id: string;
  text: string;
  options: string[];
}

/**
 * The trainee's knowledge check: before the session, then the same questions after it (the
 * country's questions, knowledge-questions-data.ts). Scores are shown once taken; the answers are
 * scored on the server.
 */
export function KnowledgeCheckForm(props: { scores: CheckScores; questions: ShownQuestion[] }) {
  const t = useT(["training", "common"]);
  const errorText = useErrorText();
  const [state, action, pending] = useActionState<KnowledgeState, FormData>(knowledgeCheckAction, null);
  const { before, after } = props.scores;
  const phase = !before ? "BEFORE" : !after ? "AFTER" : null;
  const score = (x: { score: number; total: number }) =>
    t("knowledge.score", { score: x.score, total: x.total });
  const fieldError = (id: string) => (state && !state.ok ? state.fieldErrors?.[`answers.${id}`] : undefined);
  return (
    <div className="stack">
      {before ? (
        <p data-testid="knowledge-before">{t("knowledge.yourBefore", { score: score(before) })}</p>
      ) : null}
      {after ? (
        <p data-testid="knowledge-after">{t("knowledge.yourAfter", { score: score(after) })}</p>
      ) : null}
      <div aria-live="polite">
        <ActionAlert state={state} translate={errorText} />
        {state?.ok ? (
          <Alert kind="success">{t("knowledge.recorded", { score: score(state.data) })}</Alert>
        ) : null}
      </div>
      {phase ? (
        // Keyed by phase: the "after" form starts empty, not with the "before" answers.
        <form action={action} className="stack" key={phase}>
          <input type="hidden" name="phase" value={phase} />
          <p>{t(phase === "BEFORE" ? "knowledge.introBefore" : "knowledge.introAfter")}</p>
          {props.questions.map((q, i) => {
            const err = fieldError(q.id);
            return (
              <fieldset
                key={q.id}
                aria-describedby={err ? `kq-${q.id}-error` : undefined}
                aria-invalid={err ? true : undefined}
              >
                <legend>
                  {i + 1}. {q.text}
                </legend>
                {err ? (
                  <p className="field-error" id={`kq-${q.id}-error`}>
                    {errorText(err)}
                  </p>
                ) : null}
                {q.options.map((o, n) => (
                  <label className="checkbox" key={n}>
                    <input type="radio" name={`answer-${q.id}`} value={n} />
                    <span>{o}</span>
                  </label>
                ))}
              </fieldset>
            );
          })}
          <button type="submit" className="button" disabled={pending}>
            {pending
              ? t("knowledge.sending")
              : t(phase === "BEFORE" ? "knowledge.submitBefore" : "knowledge.submitAfter")}
          </button>
        </form>
      ) : (
        <p>{t("knowledge.bothTaken")}</p>
      )}
    </div>
  );
}
