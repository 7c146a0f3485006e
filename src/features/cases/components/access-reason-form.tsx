"use client";
import { Field, fieldAria } from "@/components/ui/field";
import { useT } from "@/i18n/client";
import { giveAccessReasonAction } from "../actions";
import { CaseForm } from "./case-form";

/**
 * Asked before another country's or a sealed claim opens: one line, written to the access log.
 * Works without JavaScript (a plain post; the page re-renders with the claim).
 */
export function AccessReasonForm(props: { caseNumber: string }) {
  const t = useT(["cases", "common"]);
  const hint = t("cases:reason.hint");
  return (
    <CaseForm
      action={giveAccessReasonAction}
      caseNumber={props.caseNumber}
      submitLabel={t("cases:reason.submit")}
      successText={t("cases:reason.done")}
    >
      {({ errorFor }) => (
        <Field id="access-reason" label={t("cases:reason.label")} hint={hint} error={errorFor("reason")}>
          <input
            {...fieldAria("access-reason", { hint, error: errorFor("reason") })}
            name="reason"
            required
            minLength={3}
            maxLength={500}
            autoComplete="off"
          />
        </Field>
      )}
    </CaseForm>
  );
}
