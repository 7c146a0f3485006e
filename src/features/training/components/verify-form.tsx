"use client";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Field, fieldAria } from "@/components/ui/field";
import { useT } from "@/i18n/client";
import { formatDateRange } from "../format";
import { verifyCertificateAction, type VerifyState } from "../verify-actions";
import { useErrorText } from "./use-error-text";

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
      <div aria-live="polite">
        {r?.status === "valid" ? (
          <Alert kind="success">
            <h2>{t("verify.valid")}</h2>
            <dl className="details">
              <dt>{t("verify.name")}</dt>
              <dd>{r.name}</dd>
              <dt>{t("verify.session")}</dt>
              <dd>{r.sessionTitle}</dd>
              <dt>{t("verify.date")}</dt>
              <dd>
                {formatDateRange(locale, new Date(r.startDate), r.endDate ? new Date(r.endDate) : null)}
              </dd>
              <dt>{t("verify.country")}</dt>
              <dd>{t(`common:countries.${r.countryCode}`)}</dd>
            </dl>
          </Alert>
        ) : null}
        {r?.status === "invalid" ? (
          <Alert kind="error">
            <h2>{t("verify.invalid")}</h2>
            <p>{t("verify.invalidText")}</p>
          </Alert>
        ) : null}
        {r?.status === "rateLimited" ? <Alert kind="error">{t("common:errors.rateLimited")}</Alert> : null}
      </div>
    </>
  );
}
