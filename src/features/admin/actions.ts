"use server";
// Server actions of the admin area, through the one pipeline (src/server/action.ts). The data
// functions check again that the viewer administers the country they touch.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/settings";
import { formString, formValues, runAction } from "@/server/action";
import { NotFoundError } from "@/server/errors";
import { ok, type ActionState } from "@/server/result";
import { getViewer } from "@/server/session";
import { getCaseAccessLog } from "./access-log-data";
import { searchAudit, type AuditSearchResult } from "./audit-search-data";
import { addNeighbourPair, removeNeighbourPair } from "./neighbours-data";
import { createOrganization, updateOrganizationContact } from "./organizations-data";
import {
  AccessLogQuery,
  AuditSearchInput,
  CreateOrganizationInput,
  CreateUserInput,
  NeighbourPairInput,
  NewPassword,
  OrganizationContactInput,
  UserFields,
} from "./schemas";
import { createUserByAdmin, setUserDisabled, setUserPassword, updateUserByAdmin } from "./users-data";

// Expected failures that belong beside one field of the form.
const FIELD_OF: Record<string, string> = {
  "admin:errors.emailTaken": "email",
  "admin:errors.organizationTaken": "name",
  "admin:errors.regionOutsideCountry": "regionId",
  "admin:errors.organizationOutsideCountry": "organizationId",
};
const fieldOf = (key: string) => FIELD_OF[key] ?? (key.startsWith("auth:password.") ? "password" : undefined);

const localeOf = (form: FormData) => {
  const l = form.get("locale");
  return isLocale(l) ? l : DEFAULT_LOCALE;
};
const USER_FIELDS = ["name", "email", "role", "countryCode", "regionId", "organizationId"];

export async function createUserAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  // Typed text is echoed back on failure (never the password).
  const values = formValues(form, USER_FIELDS);
  const input = { ...values, password: form.get("password") };
  return runAction(
    CreateUserInput,
    input,
    async (data, viewer) => {
      const { id } = await createUserByAdmin(viewer, data);
      revalidatePath(`/${localeOf(form)}/admin`);
      redirect(`/${localeOf(form)}/admin/users/${id}?saved=1`);
    },
    { where: "createUserAction", values, fieldOf },
  );
}

export async function updateUserAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form, USER_FIELDS);
  return runAction(
    UserFields,
    values,
    async (data, viewer) => {
      await updateUserByAdmin(viewer, formString(form, "id"), data);
      revalidatePath(`/${localeOf(form)}/admin`);
    },
    { where: "updateUserAction", values, fieldOf },
  );
}

const PasswordInput = z.object({ password: NewPassword });

export async function setUserPasswordAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(
    PasswordInput,
    { password: form.get("password") },
    (data, viewer) => setUserPassword(viewer, formString(form, "id"), data.password),
    { where: "setUserPasswordAction", fieldOf },
  );
}

/** A plain form post (works without JavaScript); errors other than "not yourself" are thrown. */
export async function setUserDisabledAction(form: FormData): Promise<void> {
  const id = formString(form, "id");
  const viewer = await getViewer();
  if (!viewer) throw new NotFoundError();
  await setUserDisabled(viewer, id, form.get("disabled") === "true");
  revalidatePath(`/${localeOf(form)}/admin`);
  redirect(`/${localeOf(form)}/admin/users/${id}?saved=1`);
}

export async function createOrganizationAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form, ["name", "kind", "countryCode", "regionId"]);
  const result = await runAction(
    CreateOrganizationInput,
    values,
    async (data, viewer) => {
      await createOrganization(viewer, data);
      revalidatePath(`/${localeOf(form)}/admin/organizations`);
    },
    { where: "createOrganizationAction", values, fieldOf },
  );
  // A created organisation leaves an empty form for the next one.
  return result.ok ? ok(undefined) : result;
}

const PAIR_FIELDS = ["countryCode", "neighbourCode"];

/** Adds a pair of neighbouring countries (both directions); the form starts empty again. */
export async function addNeighbourPairAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form, PAIR_FIELDS);
  const result = await runAction(
    NeighbourPairInput,
    values,
    async (data, viewer) => {
      await addNeighbourPair(viewer, data);
      revalidatePath(`/${localeOf(form)}/admin/neighbours`);
    },
    { where: "addNeighbourPairAction", values },
  );
  return result.ok ? ok(undefined) : result;
}

export async function removeNeighbourPairAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form, PAIR_FIELDS);
  return runAction(
    NeighbourPairInput,
    values,
    async (data, viewer) => {
      await removeNeighbourPair(viewer, data);
      revalidatePath(`/${localeOf(form)}/admin/neighbours`);
    },
    { where: "removeNeighbourPairAction" },
  );
}

export type AccessLog = Awaited<ReturnType<typeof getCaseAccessLog>>;

/** The case number travels in the POST body, never in a URL. */
export async function viewAccessLogAction(
  _prev: ActionState<AccessLog>,
  form: FormData,
): Promise<ActionState<AccessLog>> {
  const values = formValues(form, ["caseNumber"]);
  return runAction(AccessLogQuery, values, (data, viewer) => getCaseAccessLog(viewer, data.caseNumber), {
    where: "viewAccessLogAction",
    values,
  });
}

const AUDIT_FIELDS = ["user", "caseNumber", "from", "to"];

/** Filters travel in the POST body (a case number or a person's email is never put in a URL). */
export async function searchAuditAction(
  _prev: ActionState<AuditSearchResult>,
  form: FormData,
): Promise<ActionState<AuditSearchResult>> {
  const values = formValues(form, AUDIT_FIELDS);
  return runAction(AuditSearchInput, values, (data, viewer) => searchAudit(viewer, data), {
    where: "searchAuditAction",
    values,
  });
}

/** A unit's phone and hours for families (receipt, track page); blank phone = the national line. */
export async function updateOrganizationContactAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  const values = formValues(form, ["organizationId", "contactPhone", "contactHours"]);
  return runAction(
    OrganizationContactInput,
    values,
    async (data, viewer) => {
      await updateOrganizationContact(viewer, data);
      revalidatePath(`/${localeOf(form)}/admin/organizations`);
    },
    { where: "updateOrganizationContactAction", values, fieldOf },
  );
}
