"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/settings";
import { AppError, logUnexpected } from "@/server/errors";
import { fieldErrorsFrom } from "@/server/result";
import { getViewer } from "@/server/session";
import { getCaseAccessLog } from "./access-log-data";
import { createOrganization } from "./organizations-data";
import { AccessLogQuery, CreateOrganizationInput, CreateUserInput, NewPassword, UserFields } from "./schemas";
import { createUserByAdmin, setUserDisabled, setUserPassword, updateUserByAdmin } from "./users-data";

export interface FormState<T = undefined> {
  error?: string;
  reference?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
  done?: boolean;
  data?: T;
}

// Expected failures that belong beside one field of the form.
const FIELD_OF: Record<string, string> = {
  "admin:errors.emailTaken": "email",
  "admin:errors.organizationTaken": "name",
  "admin:errors.regionOutsideCountry": "regionId",
  "admin:errors.organizationOutsideCountry": "organizationId",
};

function failure<T>(err: unknown, where: string, values?: Record<string, string>): FormState<T> {
  if (err instanceof AppError) {
    const field = FIELD_OF[err.key] ?? (err.key.startsWith("auth:password.") ? "password" : undefined);
    return field ? { fieldErrors: { [field]: err.key }, values } : { error: err.key, values };
  }
  return { error: "common:errors.unexpected", reference: logUnexpected(err, where), values };
}

/** Echoes the typed text back so a refused form keeps it (never passwords). */
function valuesOf(form: FormData, names: string[]): Record<string, string> {
  return Object.fromEntries(names.map((n) => [n, String(form.get(n) ?? "")]));
}

const localeOf = (form: FormData) => {
  const l = form.get("locale");
  return isLocale(l) ? l : DEFAULT_LOCALE;
};
const USER_FIELDS = ["name", "email", "role", "countryCode", "regionId", "organizationId"];

export async function createUserAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = valuesOf(form, USER_FIELDS);
  const parsed = CreateUserInput.safeParse({ ...values, password: form.get("password") });
  if (!parsed.success) return { fieldErrors: fieldErrorsFrom(parsed.error.issues), values };
  let id: string;
  try {
    id = (await createUserByAdmin(await getViewer(), parsed.data)).id;
  } catch (err) {
    return failure(err, "createUserAction", values);
  }
  revalidatePath(`/${localeOf(form)}/admin`);
  redirect(`/${localeOf(form)}/admin/users/${id}?saved=1`);
}

export async function updateUserAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = valuesOf(form, USER_FIELDS);
  const parsed = UserFields.safeParse(values);
  if (!parsed.success) return { fieldErrors: fieldErrorsFrom(parsed.error.issues), values };
  try {
    await updateUserByAdmin(await getViewer(), String(form.get("id") ?? ""), parsed.data);
  } catch (err) {
    return failure(err, "updateUserAction", values);
  }
  revalidatePath(`/${localeOf(form)}/admin`);
  return { done: true, values };
}

export async function setUserPasswordAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = NewPassword.safeParse(form.get("password"));
  if (!parsed.success) return { fieldErrors: { password: parsed.error.issues[0]!.message } };
  try {
    await setUserPassword(await getViewer(), String(form.get("id") ?? ""), parsed.data);
  } catch (err) {
    return failure(err, "setUserPasswordAction");
  }
  return { done: true };
}

/** A plain form post (works without JavaScript); errors other than "not yourself" are thrown. */
export async function setUserDisabledAction(form: FormData): Promise<void> {
  const id = String(form.get("id") ?? "");
  await setUserDisabled(await getViewer(), id, form.get("disabled") === "true");
  revalidatePath(`/${localeOf(form)}/admin`);
  redirect(`/${localeOf(form)}/admin/users/${id}?saved=1`);
}

export async function createOrganizationAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = valuesOf(form, ["name", "kind", "countryCode", "regionId"]);
  const parsed = CreateOrganizationInput.safeParse(values);
  if (!parsed.success) return { fieldErrors: fieldErrorsFrom(parsed.error.issues), values };
  try {
    await createOrganization(await getViewer(), parsed.data);
  } catch (err) {
    return failure(err, "createOrganizationAction", values);
  }
  revalidatePath(`/${localeOf(form)}/admin/organizations`);
  return { done: true };
}

export type AccessLog = Awaited<ReturnType<typeof getCaseAccessLog>>;

/** The case number travels in the POST body, never in a URL. */
export async function viewAccessLogAction(
  _prev: FormState<AccessLog>,
  form: FormData,
): Promise<FormState<AccessLog>> {
  const values = valuesOf(form, ["caseNumber"]);
  const parsed = AccessLogQuery.safeParse(values);
  if (!parsed.success) return { fieldErrors: fieldErrorsFrom(parsed.error.issues), values };
  try {
    return { data: await getCaseAccessLog(await getViewer(), parsed.data.caseNumber), values };
  } catch (err) {
    return failure(err, "viewAccessLogAction", values);
  }
}
