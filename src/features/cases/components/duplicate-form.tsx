"use client";
import { Field, fieldAria } from "@/components/ui/field";
import { useT } from "@/i18n/client";
import { markDuplicateAction, unmarkDuplicateAction } from "../actions";
import { CaseForm } from "./case-form";

/** "Duplicate of" another case number, or undoing it when already marked. */
export function DuplicateForm(props: { caseNumber: string; duplicateOf: string | null }) {
  const t = useT(["cases", "common"]);
  if (props.duplicateOf) {
    return (
      <CaseForm
        action={unmarkDuplicateAction}
        caseNumber={props.caseNumber}
        submitLabel={t("cases:duplicates.unmark")}
        successText={t("cases:duplicates.unmarked")}
      >
        {() => <p>{t("cases:duplicates.markedAs", { caseNumber: props.duplicateOf })}</p>}
      </CaseForm>
    );
  }
  const hint = t("cases:duplicates.hint");
  return (
    <CaseForm
      action={markDuplicateAction}
      caseNumber={props.caseNumber}
      submitLabel={t("cases:duplicates.mark")}
      successText={t("cases:duplicates.marked")}
    >
      {({ errorFor }) => (
        <Field id="duplicate-of" label={t("cases:duplicates.of")} hint={hint} error={errorFor("duplicateOf")}>
          <input
            {...fieldAria("duplicate-of", { hint, error: errorFor("duplicateOf") })}
            name="duplicateOf"
            type="text"
            autoComplete="off"
            spellCheck={false}
            required
          />
        </Field>
      )}
    </CaseForm>
  );
}
