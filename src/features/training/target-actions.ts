"use server";
// The coverage target editor through the one pipeline (decision 180): parse, who is asking, the
// data function (which checks the permission and the country again).
import { revalidatePath } from "next/cache";
import { formString, runAction } from "@/server/action";
import type { ActionState } from "@/server/result";
import { CoverageTargetsInput, coverageTargetsFromForm } from "./schemas";
import { setCoverageTargets } from "./target-data";

export type TargetsState = ActionState<{ changed: number }>;

export async function setTargetsAction(_prev: TargetsState, form: FormData): Promise<TargetsState> {
  const values = Object.fromEntries(
    [...form.keys()].filter((k) => !k.startsWith("$")).map((k) => [k, formString(form, k)]),
  );
  return runAction(
    CoverageTargetsInput,
    coverageTargetsFromForm(form),
    async (v, viewer) => {
      const r = await setCoverageTargets(viewer, v);
      revalidatePath("/[locale]/training", "layout");
      return r;
    },
    { where: "setTargets", invalidKey: "training:errors.checkForm", values },
  );
}
