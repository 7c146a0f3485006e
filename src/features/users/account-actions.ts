"use server";
import { redirect } from "next/navigation";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/i18n/settings";
import { runAction } from "@/server/action";
import type { ActionState } from "@/server/result";
import { endSession } from "@/server/session-cookie";
import { getViewer } from "@/server/session";
import { revalidatePath } from "next/cache";
import { changePassword, endAllSessions, setAlertSetting, setDigestSetting } from "./account-data";
import { AlertSettingInput, ChangePasswordInput, DigestSettingInput } from "./schemas";

export type ChangePasswordState = ActionState<never>;

const localeOf = (form: FormData): Locale => {
  const l = form.get("locale");
  return isLocale(l) ? l : DEFAULT_LOCALE;
};

// Which field an expected failure belongs to, so the message appears beside it.
const FIELD_OF: Record<string, string> = {
  "auth:errors.wrongCurrentPassword": "current",
  "auth:password.sameAsCurrent": "next",
};
const fieldOf = (key: string) => FIELD_OF[key] ?? (key.startsWith("auth:password.") ? "next" : undefined);

/**
 * Changes the password, then asks for a fresh sign-in: the change ended every session
 * (sessionVersion), and signing in again proves the new password is remembered.
 */
export async function changePasswordAction(
  _prev: ChangePasswordState,
  form: FormData,
): Promise<ChangePasswordState> {
  const input = { current: form.get("current"), next: form.get("next"), confirm: form.get("confirm") };
  return runAction(
    ChangePasswordInput,
    input,
    async (data, viewer) => {
      await changePassword(viewer, data);
      await endSession();
      redirect(`/${localeOf(form)}/login?notice=passwordChanged`);
    },
    { where: "changePasswordAction", fieldOf },
  );
}

/** Ends every session of this user, on every device, and this browser's cookie. */
export async function signOutEverywhereAction(form: FormData): Promise<void> {
  const viewer = await getViewer();
  if (viewer) await endAllSessions(viewer);
  await endSession();
  redirect(`/${localeOf(form)}/login?notice=signedOutEverywhere`);
}

/** The daily digest on or off (a plain form post; works before JavaScript). */
export async function setDigestSettingAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(
    DigestSettingInput,
    { emailDigest: form.get("emailDigest") },
    async (data, viewer) => {
      await setDigestSetting(viewer, data);
      revalidatePath(`/${localeOf(form)}/account`);
    },
    { where: "setDigestSettingAction" },
  );
}

export async function setAlertSettingAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(
    AlertSettingInput,
    { emailAlerts: form.get("emailAlerts") },
    async (data, viewer) => {
      await setAlertSetting(viewer, data);
      revalidatePath(`/${localeOf(form)}/account`);
    },
    { where: "setAlertSettingAction" },
  );
}
