"use server";
// Server actions of the retention page, through the one pipeline (src/server/action.ts). The data
// functions check again which country's rules and cases the viewer administers.
import { revalidatePath } from "next/cache";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/settings";
import { formValues, runAction } from "@/server/action";
import type { ActionState } from "@/server/result";
import { updateRetentionRule } from "./rules-data";
import { restoreRetained } from "./undo-data";
import { RetentionRestoreInput, RetentionRuleInput } from "./schemas";

const pageOf = (form: FormData) => {
  const l = form.get("locale");
  return `/${isLocale(l) ? l : DEFAULT_LOCALE}/admin/retention`;
};

export async function updateRetentionRuleAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form, ["kind", "keepDays", "action"]);
  return runAction(
    RetentionRuleInput,
    values,
    async (data, viewer) => {
      await updateRetentionRule(viewer, data);
      revalidatePath(pageOf(form));
    },
    { where: "updateRetentionRuleAction", values },
  );
}

export async function restoreRetainedAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form, ["caseNumber"]);
  return runAction(
    RetentionRestoreInput,
    values,
    async (data, viewer) => {
      await restoreRetained(viewer, data);
      revalidatePath(pageOf(form));
    },
    { where: "restoreRetainedAction", values },
  );
}
