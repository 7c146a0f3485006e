"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ClaimInput } from "@/features/intake/schemas";
import { formString, runAction } from "@/server/action";
import { AppError } from "@/server/errors";
import type { ActionResult, ActionState } from "@/server/result";
import { filePracticeClaim } from "./practice-claim-data";
import { claimFromForm } from "./practice-claim-form-data";
import {
  createAttendeeLogins,
  createPracticeLogins,
  generatePracticeCases,
  wipePracticeData,
} from "./practice-data";
import { PracticeCountInput, SessionRef } from "./schemas";

// The trainer's sandbox tools and the practice login's claim form, through the one pipeline.

const refresh = () => revalidatePath("/[locale]/training", "layout");
const countInput = (form: FormData) => ({
  sessionId: formString(form, "sessionId"),
  count: formString(form, "count"),
});
const INVALID_COUNT = "training:validation.invalidCount";

export type LoginsState = ActionState<{ email: string; password: string; name: string | null }[]>;

/** One login per attendee without one, linked to them (their results count for them). */
export async function createAttendeeLoginsAction(_prev: LoginsState, form: FormData): Promise<LoginsState> {
  return runAction(
    SessionRef,
    { sessionId: formString(form, "sessionId") },
    async (v, viewer) => {
      const logins = await createAttendeeLogins(viewer, v.sessionId);
      refresh();
      return logins;
    },
    { where: "createAttendeeLogins", invalidKey: "common:errors.notFound" },
  );
}

export async function createPracticeLoginsAction(_prev: LoginsState, form: FormData): Promise<LoginsState> {
  return runAction(
    PracticeCountInput,
    countInput(form),
    async (v, viewer) => {
      const logins = await createPracticeLogins(viewer, v.sessionId, v.count);
      refresh();
      return logins;
    },
    { where: "createPracticeLogins", invalidKey: INVALID_COUNT },
  );
}

export type CasesState = ActionState<{ created: string[] }>;

export async function generatePracticeCasesAction(_prev: CasesState, form: FormData): Promise<CasesState> {
  return runAction(
    PracticeCountInput,
    countInput(form),
    async (v, viewer) => {
      const created = await generatePracticeCases(viewer, v.sessionId, v.count);
      refresh();
      return created;
    },
    { where: "generatePracticeCases", invalidKey: INVALID_COUNT },
  );
}

export type WipeState = ActionState<{ cases: number; logins: number }>;

const WipeInput = SessionRef.extend({ confirm: z.string() });

export async function wipePracticeDataAction(_prev: WipeState, form: FormData): Promise<WipeState> {
  const input = { sessionId: formString(form, "sessionId"), confirm: formString(form, "confirm") };
  return runAction(
    WipeInput,
    input,
    async (v, viewer) => {
      if (v.confirm !== "yes") throw new AppError("training:practice.wipeConfirmRequired");
      const wiped = await wipePracticeData(viewer, v.sessionId);
      refresh();
      return wiped;
    },
    { where: "wipePracticeData" },
  );
}

export type PracticeClaimState =
  | (ActionResult<{ caseNumber: string; trackingCode: string | null }> & {
      /** A fresh id for the next claim; a retry of the same claim reuses the old one. */
      submissionId: string;
      /** Re-mounts the form so its fields take the echoed values (React resets form fields). */
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
  const result = await runAction(
    ClaimInput,
    claimFromForm(values),
    async (claim, viewer) => {
      const filed = await filePracticeClaim(viewer, claim);
      refresh();
      return filed;
    },
    { where: "filePracticeClaim", values, invalidKey: "training:errors.checkForm" },
  );
  if (!result.ok)
    return { ...result, submissionId: values.submissionId ?? crypto.randomUUID(), at: Date.now() };
  return { ...result, values: {}, submissionId: crypto.randomUUID(), at: Date.now() };
}
