"use client";
import { useActionState } from "react";
import { ActionAlert } from "@/components/ui/action-alert";
import { Field, fieldAria } from "@/components/ui/field";
import { useT } from "@/i18n/client";
import type { Locale } from "@/i18n/settings";
import { signInAction, type LoginState } from "../login-actions";

/** Email + password. A server-action form: it also works before the page's JavaScript loads. */
export function LoginForm(props: { locale: Locale; from: string; initialError?: string }) {
  const t = useT(["auth", "common"]);
  const [state, action, pending] = useActionState<LoginState, FormData>(
    signInAction,
    props.initialError ? { ok: false, error: props.initialError } : null,
  );
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  const emailError = fieldErrors?.email ? t(fieldErrors.email) : undefined;
  const passwordError = fieldErrors?.password ? t(fieldErrors.password) : undefined;
  return (
    <form action={action} className="stack" noValidate>
      <ActionAlert state={state} id="login-error" />
      <input type="hidden" name="locale" value={props.locale} />
      <input type="hidden" name="from" value={props.from} />
      <Field id="login-email" label={t("auth:login.email")} error={emailError}>
        <input
          {...fieldAria("login-email", { error: emailError })}
          name="email"
          type="email"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          defaultValue={state?.values?.email}
        />
      </Field>
      <Field id="login-password" label={t("auth:login.password")} error={passwordError}>
        <input
          {...fieldAria("login-password", { error: passwordError })}
          name="password"
          type="password"
          autoComplete="current-password"
          required
        />
      </Field>
      <div className="actions">
        <button type="submit" className="button" disabled={pending}>
          {pending ? t("auth:login.submitting") : t("auth:login.submit")}
        </button>
      </div>
    </form>
  );
}
