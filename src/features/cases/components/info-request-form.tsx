"use client";
import { Field, fieldAria } from "@/components/ui/field";
import { useT } from "@/i18n/client";
import { requestInfoAction } from "../actions";
import { CaseForm } from "./case-form";

/** A question to the family: they read it on the track page; their email only says "news". */
export function InfoRequestForm(props: { caseNumber: string }) {
  const t = useT(["notifications", "common"]);
  const hint = t("notifications:infoRequest.hint");
  return (
    <CaseForm
      action={requestInfoAction}
      caseNumber={props.caseNumber}
      submitLabel={t("notifications:infoRequest.submit")}
      successText={t("notifications:infoRequest.done")}
    >
      {({ errorFor }) => (
        <Field
          id="info-question"
          label={t("notifications:infoRequest.label")}
          hint={hint}
          error={errorFor("question")}
        >
          <textarea
            {...fieldAria("info-question", { hint, error: errorFor("question") })}
            name="question"
            required
            maxLength={1000}
            rows={3}
          />
        </Field>
      )}
    </CaseForm>
  );
}
