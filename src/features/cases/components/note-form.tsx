"use client";
import { Field, fieldAria } from "@/components/ui/field";
import { useT } from "@/i18n/client";
import { addNoteAction } from "../actions";
import { CaseForm } from "./case-form";

/** An internal note: staff only, it goes to the timeline and never to the public. */
export function NoteForm(props: { caseNumber: string }) {
  const t = useT(["cases", "common"]);
  const hint = t("cases:note.hint");
  return (
    <CaseForm
      action={addNoteAction}
      caseNumber={props.caseNumber}
      submitLabel={t("cases:note.submit")}
      successText={t("cases:note.done")}
    >
      {({ errorFor }) => (
        <Field id="note-body" label={t("cases:note.label")} hint={hint} error={errorFor("body")}>
          <textarea
            {...fieldAria("note-body", { hint, error: errorFor("body") })}
            name="body"
            required
            maxLength={4000}
            rows={4}
          />
        </Field>
      )}
    </CaseForm>
  );
}
