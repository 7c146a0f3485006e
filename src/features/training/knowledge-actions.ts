"use server";
import { revalidatePath } from "next/cache";
import { formString, runAction } from "@/server/action";
import type { ActionState } from "@/server/result";
import { KNOWLEDGE_QUESTIONS } from "./knowledge-check";
import { submitKnowledgeCheck } from "./knowledge-data";
import { KnowledgeCheckInput } from "./schemas";

export type KnowledgeState = ActionState<{ phase: "BEFORE" | "AFTER"; score: number; total: number }>;

/** The trainee's knowledge check, before or after the session, through the one pipeline. */
export async function knowledgeCheckAction(_prev: KnowledgeState, form: FormData): Promise<KnowledgeState> {
  const input = {
    phase: formString(form, "phase"),
    answers: Object.fromEntries(KNOWLEDGE_QUESTIONS.map((q) => [q.id, formString(form, `answer-${q.id}`)])),
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
