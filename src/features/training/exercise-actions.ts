"use server";
import { revalidatePath } from "next/cache";
import { formString, runAction } from "@/server/action";
import type { ActionState } from "@/server/result";
import { checkMyExercise, setSessionExercises, startExercise } from "./exercise-data";
import { setLevelRules, type LevelRules } from "./level-rules";
import { decidePracticeReview } from "./practice-review-data";
import {
  ExerciseChoiceInput,
  ExerciseRefInput,
  LevelRulesInput,
  PracticeReviewInput,
  TRAINING_KINDS,
} from "./schemas";

// Graded exercises through the one pipeline: the trainer's choice, the trainee's start and check.

const refresh = () => revalidatePath("/[locale]/training", "layout");

export type ChoiceState = ActionState<{ count: number }>;

export async function setExercisesAction(_prev: ChoiceState, form: FormData): Promise<ChoiceState> {
  const input = {
    sessionId: formString(form, "sessionId"),
    exerciseIds: form.getAll("exerciseIds").filter((v) => typeof v === "string"),
  };
  return runAction(
    ExerciseChoiceInput,
    input,
    async (v, viewer) => {
      const r = await setSessionExercises(viewer, v);
      refresh();
      return r;
    },
    { where: "setExercises", invalidKey: "common:errors.notFound" },
  );
}

export type ExerciseState = ActionState<{ state: "started" | "passed" } | { passed: boolean }>;

export async function exerciseAction(_prev: ExerciseState, form: FormData): Promise<ExerciseState> {
  const step = formString(form, "step");
  return runAction(
    ExerciseRefInput,
    { exerciseId: formString(form, "exerciseId") },
    async (v, viewer) => {
      const r = step === "check" ? await checkMyExercise(viewer, v) : await startExercise(viewer, v);
      refresh();
      return r;
    },
    { where: "exercise", invalidKey: "common:errors.notFound" },
  );
}

export type LevelRulesState = ActionState<LevelRules>;

/** A country's exercises required for a certificate, per kind of session. */
export async function setLevelRulesAction(_prev: LevelRulesState, form: FormData): Promise<LevelRulesState> {
  const input = {
    countryCode: formString(form, "countryCode"),
    ...Object.fromEntries(TRAINING_KINDS.map((k) => [k, formString(form, k)])),
  };
  return runAction(
    LevelRulesInput,
    input,
    async (v, viewer) => {
      const r = await setLevelRules(viewer, v);
      refresh();
      return r;
    },
    { where: "setLevelRules", invalidKey: "training:errors.checkForm" },
  );
}

export type PracticeReviewState = ActionState<{ passed: boolean }>;

/** The trainee's decision on the practice proposed match, then the exercise's check. */
export async function practiceReviewAction(
  _prev: PracticeReviewState,
  form: FormData,
): Promise<PracticeReviewState> {
  return runAction(
    PracticeReviewInput,
    { decision: formString(form, "decision"), reason: formString(form, "reason") },
    async (v, viewer) => {
      await decidePracticeReview(viewer, v);
      const r = await checkMyExercise(viewer, { exerciseId: "review-match" });
      refresh();
      return r;
    },
    { where: "practiceReview", invalidKey: "training:errors.checkForm" },
  );
}
