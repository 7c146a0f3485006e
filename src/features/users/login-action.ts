"use server";
import { redirect } from "next/navigation";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/settings";
import { logUnexpected } from "@/server/errors";
import { formOf } from "@/server/form-arg";
import { requestHeaders } from "@/server/request-info";
import { fieldErrorsFrom } from "@/server/result";
import { startSession } from "@/server/session-cookie";
import { authenticate } from "./authenticate";
import { homePath, safeReturnPath } from "./redirects";
import { LoginInput } from "./schemas";

export interface LoginState {
  error?: string;
  reference?: string;
  fieldErrors?: Record<string, string>;
  /** Echoed back so a failed attempt keeps what was typed (never the password). */
  email?: string;
}

/**
 * The sign-in form's action: a plain form post, so it works before (or without) JavaScript.
 * Next refuses server-action posts from a foreign Origin before this runs.
 */
export async function signInAction(_prev: LoginState, sent: FormData): Promise<LoginState> {
  const form = formOf(sent);
  const raw = {
    email: form.get("email"),
    password: form.get("password"),
    from: form.get("from") || undefined,
  };
  const localeRaw = form.get("locale");
  const locale = isLocale(localeRaw) ? localeRaw : DEFAULT_LOCALE;
  const parsed = LoginInput.safeParse(raw);
  const email = typeof raw.email === "string" ? raw.email.slice(0, 320) : "";
  if (!parsed.success) return { fieldErrors: fieldErrorsFrom(parsed.error.issues), email };
  let target: string;
  try {
    const result = await authenticate({ ...parsed.data, headers: await requestHeaders() });
    if (!result.ok) return { error: result.error, email };
    await startSession(result.user);
    target = safeReturnPath(parsed.data.from) ?? homePath(locale, result.user.role);
  } catch (err) {
    return { error: "common:errors.unexpected", reference: logUnexpected(err, "signInAction"), email };
  }
  redirect(target);
}
