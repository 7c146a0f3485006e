"use client";
import { useActionState } from "react";
import { Field, fieldAria } from "@/components/ui/field";
import { useT } from "@/i18n/client";
import { verifyCertificateAction, type VerifyState } from "../verify-actions";
import { useErrorText } from "./use-error-text";
import { VerifyResultView } from "./verify-result";

export function VerifyForm({ locale }: { locale: string }) {
  const t = useT(["training", "common"]);
  const errorText = useErrorText();
  const [state, action, pending] = useActionState<VerifyState, FormData>(verifyCertificateAction, null);
  const inputError = state && !state.ok ? errorText(state.fieldErrors?.code ?? state.error) : undefined;
  const r = state?.ok ? state.data : null;
  return (
    <>
      <form action={action} className="stack">
        <Field id="code" label={t("verify.code")} hint={t("verify.codeHint")} error={inputError}>
          <input
            type="text"
            name="code"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            required
            {...fieldAria("code", { hint: "x", error: inputError })}
          />
        </Field>
        <button type="submit" className="button" disabled={pending}>
          {pending ? t("verify.checking") : t("verify.submit")}
        </button>
      </form>
      <div aria-live="polite">{r ? <VerifyResultView r={r} t={t} locale={locale} /> : null}</div>
    </>
  );
}
