"use server";
// The admin's partner pages: issue and revoke API tokens, upload a PFIF file. Each action parses
// with the shared schema, then calls the data function, which checks the viewer itself.
import { revalidatePath } from "next/cache";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/settings";
import { AppError, logUnexpected, NotFoundError } from "@/server/errors";
import { fieldErrorsFrom } from "@/server/result";
import { getViewer } from "@/server/session";
import type { Viewer } from "@/server/viewer";
import { importPfif, type RecordReport } from "./pfif-import-data";
import { MAX_PFIF_BYTES } from "@/lib/pfif/parse";
import { TokenInput, TokenRefInput } from "./schemas";
import { createApiToken, revokeApiToken } from "./token-data";

export interface PartnerFormState<T = undefined> {
  error?: string;
  reference?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string | string[]>;
  data?: T;
}

function failure<T>(err: unknown, where: string, values?: PartnerFormState["values"]): PartnerFormState<T> {
  if (err instanceof AppError) return { error: err.key, values };
  return { error: "common:errors.unexpected", reference: logUnexpected(err, where), values };
}

async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) throw new NotFoundError();
  return viewer;
}

const localeOf = (form: FormData) => {
  const l = form.get("locale");
  return isLocale(l) ? l : DEFAULT_LOCALE;
};

export async function createTokenAction(
  _prev: PartnerFormState<{ token: string }>,
  form: FormData,
): Promise<PartnerFormState<{ token: string }>> {
  const values = {
    name: String(form.get("name") ?? ""),
    organizationId: String(form.get("organizationId") ?? ""),
    scopes: form.getAll("scopes").map(String),
    countryCodes: form.getAll("countryCodes").map(String),
    expiresInDays: String(form.get("expiresInDays") ?? ""),
    rateLimitPerMinute: String(form.get("rateLimitPerMinute") ?? ""),
  };
  const parsed = TokenInput.safeParse(values);
  if (!parsed.success) return { fieldErrors: fieldErrorsFrom(parsed.error.issues), values };
  try {
    const { token } = await createApiToken(await requireViewer(), parsed.data);
    revalidatePath(`/${localeOf(form)}/admin/tokens`);
    // The secret goes back once, in this answer only; the form is cleared.
    return { data: { token } };
  } catch (err) {
    return failure(err, "createTokenAction", values);
  }
}

/** A plain form post (works without JavaScript). */
export async function revokeTokenAction(
  _prev: PartnerFormState<{ revoked: true }>,
  form: FormData,
): Promise<PartnerFormState<{ revoked: true }>> {
  const parsed = TokenRefInput.safeParse({ id: form.get("id") });
  if (!parsed.success) return { error: "validation:invalidId" };
  try {
    await revokeApiToken(await requireViewer(), parsed.data);
  } catch (err) {
    return failure(err, "revokeTokenAction");
  }
  revalidatePath(`/${localeOf(form)}/admin/tokens`);
  return { data: { revoked: true } };
}

export async function importPfifAction(
  _prev: PartnerFormState<RecordReport[]>,
  form: FormData,
): Promise<PartnerFormState<RecordReport[]>> {
  const file = form.get("file");
  if (!(file instanceof Blob) || file.size === 0)
    return { fieldErrors: { file: "partners:errors.fileRequired" } };
  if (file.size > MAX_PFIF_BYTES) return { fieldErrors: { file: "partners:pfif.document.tooLarge" } };
  try {
    return { data: await importPfif(await requireViewer(), await file.text()) };
  } catch (err) {
    if (err instanceof AppError && err.key.startsWith("partners:pfif.document."))
      return { fieldErrors: { file: err.key } };
    return failure(err, "importPfifAction");
  }
}
