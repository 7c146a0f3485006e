"use server";
import { redirect } from "next/navigation";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/settings";
import { formOf } from "@/server/form-arg";
import { runPublicAction } from "@/server/action";
import { AppError } from "@/server/errors";
import { requestHeaders } from "@/server/request-info";
import type { ActionState } from "@/server/result";
import { startSession } from "@/server/session-cookie";
import { authenticate } from "./authenticate";
import { homePath, safeReturnPath } from "./redirects";
import { LoginInput } from "./schemas";

/** A failed attempt keeps what was typed in `values.email` (never the password). */
export type LoginState = ActionState<never>;

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
  const values = { email: typeof raw.email === "string" ? raw.email.slice(0, 320) : "" };
  return runPublicAction(
    LoginInput,
    raw,
    async (input) => {
      const result = await authenticate({ ...input, headers: await requestHeaders() });
      if (!result.ok) throw new AppError(result.error, 401);
      await startSession(result.user);
      redirect(safeReturnPath(input.from) ?? homePath(locale, result.user.role));
    },
    { where: "signInAction", values },
  );
}
