"use server";
// The admin's partner pages: issue and revoke API tokens, upload a PFIF file, through the one
// action pipeline (src/server/action.ts). The data functions check the viewer themselves.
import { revalidatePath } from "next/cache";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/settings";
import { formString, formValues, runAction } from "@/server/action";
import type { ActionState } from "@/server/result";
import type { RecordReport } from "./pfif-import-data";
import { importPfif } from "./pfif-import-data";
import { PfifUpload, TokenInput, TokenRefInput } from "./schemas";
import { createApiToken, revokeApiToken } from "./token-data";

const localeOf = (form: FormData) => {
  const l = form.get("locale");
  return isLocale(l) ? l : DEFAULT_LOCALE;
};

export async function createTokenAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionState<{ token: string }>> {
  const typed = formValues(form, ["name", "organizationId", "expiresInDays", "rateLimitPerMinute"]);
  const scopes = form.getAll("scopes").map(String);
  const countryCodes = form.getAll("countryCodes").map(String);
  // The checkbox lists are echoed as comma-separated values so a refused form keeps them.
  const values = { ...typed, scopes: scopes.join(","), countryCodes: countryCodes.join(",") };
  const result = await runAction(
    TokenInput,
    { ...typed, scopes, countryCodes },
    async (data, viewer) => {
      const { token } = await createApiToken(viewer, data);
      revalidatePath(`/${localeOf(form)}/admin/tokens`);
      return { token };
    },
    { where: "createTokenAction", values },
  );
  // The secret goes back once, in this answer only; the form starts empty again.
  return result.ok ? { ok: true, data: result.data } : result;
}

export async function revokeTokenAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(
    TokenRefInput,
    { id: formString(form, "id") },
    async (data, viewer) => {
      await revokeApiToken(viewer, data);
      revalidatePath(`/${localeOf(form)}/admin/tokens`);
    },
    { where: "revokeTokenAction" },
  );
}

export async function importPfifAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionState<RecordReport[]>> {
  return runAction(
    PfifUpload,
    { file: form.get("file") },
    async (data, viewer) => importPfif(viewer, await data.file.text()),
    {
      where: "importPfifAction",
      // A document refused as a whole (DOCTYPE, not PFIF, too large) is about the file field.
      fieldOf: (key) => (key.startsWith("partners:pfif.document.") ? "file" : undefined),
    },
  );
}
