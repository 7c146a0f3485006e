"use client";
import Link from "next/link";
import { useActionState } from "react";
import { ActionAlert } from "@/components/ui/action-alert";
import { Alert } from "@/components/ui/alert";
import { useT } from "@/i18n/client";
import { exerciseAction, type ExerciseState } from "../exercise-actions";
import { useErrorText } from "./use-error-text";

export interface MyExercise {
  id: string;
  state: "passed" | "failed" | "started" | "notStarted";
  shownName: string | null;
}

/** One exercise for the practice login: the task, Start, then Check my work. */
function ExerciseCard({ e, locale }: { e: MyExercise; locale: string }) {
  const t = useT(["training", "common"]);
  const errorText = useErrorText();
  const [state, action, pending] = useActionState<ExerciseState, FormData>(exerciseAction, null);
  const data = state?.ok ? state.data : null;
  const passed = e.state === "passed" || (data && "passed" in data && data.passed);
  const started = e.state !== "notStarted" || (data && "state" in data);
  const headingId = `exercise-${e.id}-title`;
  return (
    <li className="card">
      <h3 id={headingId}>{t(`exercises.${e.id}.title`)}</h3>
      <p>{t(`exercises.${e.id}.task`, { name: e.shownName ?? "…" })}</p>
      {e.id === "review-match" && started && !passed ? (
        <p>
          <Link href={`/${locale}/training/practice/review`}>{t("review.open")}</Link>
        </p>
      ) : null}
      {passed ? (
        <Alert kind="success">{t("exercises.passedNow")}</Alert>
      ) : (
        <form action={action} className="actions">
          <input type="hidden" name="exerciseId" value={e.id} />
          <button
            type="submit"
            name="step"
            value="start"
            className="button button--secondary"
            disabled={pending}
          >
            {t("exercises.start")}
          </button>
          {started ? (
            <button type="submit" name="step" value="check" className="button" disabled={pending}>
              {t("exercises.check")}
            </button>
          ) : null}
        </form>
      )}
      {data && "state" in data && data.state === "started" ? (
        <p role="status">{t("exercises.startedNow")}</p>
      ) : null}
      {data && "passed" in data && !data.passed ? (
        <Alert kind="error">{t("exercises.notYet", { hint: t(`exercises.${e.id}.missing`) })}</Alert>
      ) : null}
      {!data && e.state === "failed" ? (
        <p>{t("exercises.notYet", { hint: t(`exercises.${e.id}.missing`) })}</p>
      ) : null}
      <ActionAlert state={state} translate={errorText} />
    </li>
  );
}

export function MyExercises({ exercises, locale }: { exercises: MyExercise[]; locale: string }) {
  const t = useT(["training", "common"]);
  if (exercises.length === 0) return <p>{t("exercises.noneForMe")}</p>;
  return (
    <ul className="card-grid">
      {exercises.map((e) => (
        <ExerciseCard key={e.id} e={e} locale={locale} />
      ))}
    </ul>
  );
}
