"use server";
import { revalidatePath } from "next/cache";
import { formString, runAction } from "@/server/action";
import type { ActionState } from "@/server/result";
import { submitKnowledgeCheck } from "./knowledge-data";
import { KnowledgeCheckInput } from "./schemas";

export type KnowledgeState = ActionState<{ phase: "BEFORE" | "AFTER"; score: number; total: number }>;

/** The trainee's knowledge check, before or after the session, through the one pipeline. */
export async function knowledgeCheckAction(_prev: KnowledgeState, form: FormData): Promise<KnowledgeState> {
  const input = {
    phase: formString(form, "phase"),
    // Every "answer-<question id>" radio group that was answered; the data layer names the
    // country's questions left out.
    answers: Object.fromEntries(
      [...form.keys()]
        .filter((k) => k.startsWith("answer-"))
        .map((k) => [k.slice("answer-".length), formString(form, k)]),
    ),
  };
  return runAction(
    KnowledgeCheckInput,
    input,
    async (v, viewer) => {
      const r = await submitKnowledgeCheck(viewer, v);
      revalidatePath("/[locale]/training", "layout");
      return r;
    },
    { where: "knowledgeCheck", invalidKey: "training:knowledge.answerAll" },
  );
}
