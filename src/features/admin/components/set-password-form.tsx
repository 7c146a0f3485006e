"use client";
import { useActionState } from "react";
import { Field, fieldAria } from "@/components/ui/field";
import { useT } from "@/i18n/client";
import type { Locale } from "@/i18n/settings";
import { setUserPasswordAction, type FormState } from "../actions";
import { FormAlert } from "./form-alert";

/** For a forgotten password: the admin sets a new one and hands it over in person. */
export function SetPasswordForm({ locale, userId }: { locale: Locale; userId: string }) {
  const t = useT(["admin", "auth", "common"]);
  const [state, action, pending] = useActionState<FormState, FormData>(setUserPasswordAction, {});
  const error = state.fieldErrors?.password ? t(state.fieldErrors.password) : undefined;
  const hint = t("auth:account.password.nextHint");
  return (
    <form action={action} className="stack" noValidate>
      <FormAlert
        error={state.error}
        reference={state.reference}
        success={state.done ? t("admin:user.passwordSet") : undefined}
      />
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
