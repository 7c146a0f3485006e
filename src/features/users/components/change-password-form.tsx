"use client";
import { useActionState } from "react";
import { ActionAlert } from "@/components/ui/action-alert";
import { Field, fieldAria } from "@/components/ui/field";
import { useT } from "@/i18n/client";
import type { Locale } from "@/i18n/settings";
import { changePasswordAction, type ChangePasswordState } from "../account-actions";

const FIELDS = [
  { name: "current", autoComplete: "current-password" },
  { name: "next", autoComplete: "new-password", hint: true },
  { name: "confirm", autoComplete: "new-password" },
] as const;

export function ChangePasswordForm({ locale }: { locale: Locale }) {
  const t = useT(["auth", "common"]);
  const [state, action, pending] = useActionState<ChangePasswordState, FormData>(changePasswordAction, null);
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} className="stack" noValidate>
      <ActionAlert state={state} />
      <input type="hidden" name="locale" value={locale} />
      {FIELDS.map((f) => {
        const id = `password-${f.name}`;
        const hint = "hint" in f ? t("auth:account.password.nextHint") : undefined;
        const error = fieldErrors?.[f.name] ? t(fieldErrors[f.name]!) : undefined;
        return (
          <Field key={f.name} id={id} label={t(`auth:account.password.${f.name}`)} hint={hint} error={error}>
            <input
              {...fieldAria(id, { hint, error })}
              name={f.name}
              type="password"
              autoComplete={f.autoComplete}
              required
              minLength={f.name === "current" ? undefined : 12}
            />
          </Field>
        );
      })}
      <p>{t("auth:account.password.afterwards")}</p>
      <div className="actions">
        <button type="submit" className="button" disabled={pending}>
          {pending ? t("auth:account.password.submitting") : t("auth:account.password.submit")}
        </button>
      </div>
    </form>
  );
}
