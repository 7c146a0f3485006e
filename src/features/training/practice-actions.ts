"use server";
import { ClaimInput } from "@/features/intake/schemas";
import { fail, fieldErrorsFrom, type ActionResult } from "@/server/result";
import { getViewer } from "@/server/session";
import { formString, runAction } from "./action-helpers";
import { filePracticeClaim } from "./practice-claim-data";
import { claimFromForm } from "./practice-claim-form-data";
import { createPracticeLogins, generatePracticeCases, wipePracticeData } from "./practice-data";

export type LoginsState = ActionResult<{ email: string; password: string }[]> | null;

export async function createPracticeLoginsAction(_prev: LoginsState, form: FormData): Promise<LoginsState> {
  const viewer = await getViewer();
  return runAction("createPracticeLogins", () =>
    createPracticeLogins(viewer, formString(form, "sessionId"), formString(form, "count")),
  );
}

export type CasesState = ActionResult<{ created: string[] }> | null;

export async function generatePracticeCasesAction(_prev: CasesState, form: FormData): Promise<CasesState> {
  const viewer = await getViewer();
  return runAction("generatePracticeCases", () =>
    generatePracticeCases(viewer, formString(form, "sessionId"), formString(form, "count")),
  );
}

export type WipeState = ActionResult<{ cases: number; logins: number }> | null;

export async function wipePracticeDataAction(_prev: WipeState, form: FormData): Promise<WipeState> {
  if (formString(form, "confirm") !== "yes") return fail("training:practice.wipeConfirmRequired");
  const viewer = await getViewer();
  return runAction("wipePracticeData", () => wipePracticeData(viewer, formString(form, "sessionId")));
}

export type PracticeClaimState =
  | (ActionResult<{ caseNumber: string; trackingCode: string | null }> & {
      /** What was typed, to refill the form after an error (React resets form fields). */
      values: Record<string, string>;
      /** A fresh id for the next claim; a retry of the same claim reuses the old one. */
      submissionId: string;
      at: number;
    })
  | null;

/** A practice login files a claim into their own sandbox, with the real claim schema. */
export async function filePracticeClaimAction(
  _prev: PracticeClaimState,
  form: FormData,
): Promise<PracticeClaimState> {
  const values = Object.fromEntries(
    [...form.entries()].filter((e): e is [string, string] => typeof e[1] === "string"),
  );
  const same = { values, submissionId: values.submissionId ?? crypto.randomUUID(), at: Date.now() };
  const parsed = ClaimInput.safeParse(claimFromForm(values));
  if (!parsed.success)
    return { ...fail("training:errors.checkForm", fieldErrorsFrom(parsed.error.issues)), ...same };
  const viewer = await getViewer();
  const result = await runAction("filePracticeClaim", () => filePracticeClaim(viewer, parsed.data));
  if (!result.ok) return { ...result, ...same };
  return { ...result, values: {}, submissionId: crypto.randomUUID(), at: Date.now() };
}
