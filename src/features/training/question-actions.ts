"use server";
// The knowledge-check question editor through the one pipeline (decision 166): parse, who is
// asking, the data function (which checks the permission and country again).
import { revalidatePath } from "next/cache";
import { LOCALES } from "@/i18n/settings";
import { formString, runAction } from "@/server/action";
import type { ActionState } from "@/server/result";
import { saveQuestion, setQuestionRetired } from "./knowledge-questions-data";
import { MAX_QUESTION_OPTIONS, QuestionInput, QuestionRefInput } from "./schemas";

const refresh = () => revalidatePath("/[locale]/training", "layout");

const texts = (form: FormData, prefix: string) =>
  Object.fromEntries(LOCALES.map((l) => [l, formString(form, `${prefix}-${l}`)]));

/** The form as the schema's shape; option rows left empty at the end mean "fewer options". */
function questionFrom(form: FormData) {
  const options = Array.from({ length: MAX_QUESTION_OPTIONS }, (_, n) => texts(form, `option-${n}`));
  while (options.length && Object.values(options.at(-1)!).every((v) => !v.trim())) options.pop();
  return {
    countryCode: formString(form, "countryCode"),
    id: formString(form, "id"),
    text: texts(form, "text"),
    options,
    correct: formString(form, "correct"),
  };
}

export type QuestionState = ActionState<{ id: string }>;

export async function saveQuestionAction(_prev: QuestionState, form: FormData): Promise<QuestionState> {
  return runAction(
    QuestionInput,
    questionFrom(form),
    async (v, viewer) => {
      const r = await saveQuestion(viewer, v);
      refresh();
      return r;
    },
    { where: "saveQuestion", invalidKey: "training:errors.checkForm" },
  );
}

export type RetireState = ActionState<{ id: string; retired: boolean }>;

export async function retireQuestionAction(_prev: RetireState, form: FormData): Promise<RetireState> {
  return runAction(
    QuestionRefInput,
    { id: formString(form, "id"), retired: formString(form, "retired") },
    async (v, viewer) => {
      const r = await setQuestionRetired(viewer, v.id, v.retired);
      refresh();
      return r;
    },
    { where: "retireQuestion", invalidKey: "common:errors.notFound" },
  );
}
