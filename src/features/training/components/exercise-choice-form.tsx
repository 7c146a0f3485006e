"use client";
import { useActionState } from "react";
import { ActionAlert } from "@/components/ui/action-alert";
import { Alert } from "@/components/ui/alert";
import { useT } from "@/i18n/client";
import { setExercisesAction, type ChoiceState } from "../exercise-actions";
import { EXERCISE_IDS } from "../exercises";
import { useErrorText } from "./use-error-text";

/** The trainer ticks the exercises of the session; a plain form (works before JavaScript). */
export function ExerciseChoiceForm({ sessionId, chosen }: { sessionId: string; chosen: readonly string[] }) {
  const t = useT(["training", "common"]);
  const errorText = useErrorText();
  const [state, action, pending] = useActionState<ChoiceState, FormData>(setExercisesAction, null);
  return (
    <form action={action}>
      <input type="hidden" name="sessionId" value={sessionId} />
      <fieldset>
        <legend>{t("exercises.choose")}</legend>
        {EXERCISE_IDS.map((id) => (
          <div key={id} className="checkbox">
            <input
              type="checkbox"
              id={`exercise-${id}`}
              name="exerciseIds"
              value={id}
              defaultChecked={chosen.includes(id)}
            />
            <label htmlFor={`exercise-${id}`}>
              <strong>{t(`exercises.${id}.title`)}</strong>
              <br />
              <small>{t(`exercises.${id}.task`, { name: "…" })}</small>
            </label>
          </div>
        ))}
      </fieldset>
      <button type="submit" className="button" disabled={pending}>
        {t("exercises.save")}
      </button>
      {state?.ok ? <Alert kind="success">{t("exercises.saved", { count: state.data.count })}</Alert> : null}
      <ActionAlert state={state} translate={errorText} />
    </form>
  );
}
