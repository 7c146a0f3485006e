"use server";
import { redirect } from "next/navigation";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/i18n/settings";
import { AppError, logUnexpected } from "@/server/errors";
import { fieldErrorsFrom } from "@/server/result";
import { endSession } from "@/server/session-cookie";
import { getViewer } from "@/server/session";
import { changePassword, endAllSessions } from "./account-data";
import { ChangePasswordInput } from "./schemas";

export interface ChangePasswordState {
  error?: string;
  reference?: string;
  fieldErrors?: Record<string, string>;
}

const localeOf = (form: FormData): Locale => {
  const l = form.get("locale");
  return isLocale(l) ? l : DEFAULT_LOCALE;
};

// Which field an expected failure belongs to, so the message appears beside it.
const FIELD_OF: Record<string, string> = {
  "auth:errors.wrongCurrentPassword": "current",
  "auth:password.sameAsCurrent": "next",
};

/**
 * Changes the password, then asks for a fresh sign-in: the change ended every session
 * (sessionVersion), and signing in again proves the new password is remembered.
 */
export async function changePasswordAction(
  _prev: ChangePasswordState,
  form: FormData,
): Promise<ChangePasswordState> {
  const parsed = ChangePasswordInput.safeParse({
    current: form.get("current"),
    next: form.get("next"),
    confirm: form.get("confirm"),
  });
  if (!parsed.success) return { fieldErrors: fieldErrorsFrom(parsed.error.issues) };
  try {
    await changePassword(await getViewer(), parsed.data);
  } catch (err) {
    if (err instanceof AppError) {
      const field = FIELD_OF[err.key] ?? (err.key.startsWith("auth:password.") ? "next" : undefined);
      return field ? { fieldErrors: { [field]: err.key } } : { error: err.key };
    }
    return { error: "common:errors.unexpected", reference: logUnexpected(err, "changePasswordAction") };
  }
  await endSession();
  redirect(`/${localeOf(form)}/login?notice=passwordChanged`);
}

/** Ends every session of this user, on every device, and this browser's cookie. */
export async function signOutEverywhereAction(form: FormData): Promise<void> {
  const viewer = await getViewer();
  if (viewer) await endAllSessions(viewer);
  await endSession();
  redirect(`/${localeOf(form)}/login?notice=signedOutEverywhere`);
}
