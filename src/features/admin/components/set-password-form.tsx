"use client";
import { useActionState } from "react";
import { ActionAlert } from "@/components/ui/action-alert";
import { Field, fieldAria } from "@/components/ui/field";
import { useT } from "@/i18n/client";
import type { Locale } from "@/i18n/settings";
import type { ActionState } from "@/server/result";
import { setUserPasswordAction } from "../actions";

/** For a forgotten password: the admin sets a new one and hands it over in person. */
export function SetPasswordForm({ locale, userId }: { locale: Locale; userId: string }) {
  const t = useT(["admin", "auth", "common"]);
  const [state, action, pending] = useActionState<ActionState, FormData>(setUserPasswordAction, null);
  const passwordError = state && !state.ok ? state.fieldErrors?.password : undefined;
  const error = passwordError ? t(passwordError) : undefined;
  const hint = t("auth:account.password.nextHint");
  return (
    <form action={action} className="stack" noValidate>
      <ActionAlert state={state} success={t("admin:user.passwordSet")} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={userId} />
      <Field id="set-password" label={t("admin:user.newPassword")} hint={hint} error={error}>
        <input
          {...fieldAria("set-password", { hint, error })}
          name="password"
          type="password"
          autoComplete="new-password"
          required
        />
      </Field>
      <div className="actions">
        <button type="submit" className="button button--secondary" disabled={pending}>
          {t("admin:user.setPassword")}
        </button>
      </div>
    </form>
  );
}
