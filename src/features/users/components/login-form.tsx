"use client";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Field, fieldAria } from "@/components/ui/field";
import { useT } from "@/i18n/client";
import type { Locale } from "@/i18n/settings";
import { signInAction, type LoginState } from "../login-action";

/** Email + password. A server-action form: it also works before the page's JavaScript loads. */
export function LoginForm(props: { locale: Locale; from: string; initialError?: string }) {
  const t = useT(["auth", "common"]);
  const [state, action, pending] = useActionState<LoginState, FormData>(signInAction, {
    error: props.initialError,
  });
  const emailError = state.fieldErrors?.email ? t(state.fieldErrors.email) : undefined;
  const passwordError = state.fieldErrors?.password ? t(state.fieldErrors.password) : undefined;
  return (
    <form action={action} className="stack" noValidate>
      {state.error ? (
        <Alert kind="error" id="login-error">
          {t(state.error)}
          {state.reference ? ` (${t("common:error.reference")}: ${state.reference})` : null}
        </Alert>
      ) : null}
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
          defaultValue={state.email}
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
