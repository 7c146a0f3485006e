"use client";
import { useState } from "react";
import { Field, fieldAria } from "@/components/ui/field";
import { useT } from "@/i18n/client";
import { mergeClaimsAction, unmergeClaimAction } from "../actions";
import { CaseForm } from "./case-form";

/**
 * Merging (decision 091): this claim into another one (the primary, which stays), and for each
 * claim merged into this one, the way back. A merged claim's own page leads to its primary,
 * so both directions are offered from the primary.
 */
export function DuplicateForm(props: { caseNumber: string; merged: string[]; mayMerge?: boolean }) {
  const t = useT(["cases", "common"]);
  const hint = t("cases:duplicates.hint");
  // The numbers shown when the page loaded: an undone merge keeps its form (and its announced
  // result) after the page data no longer lists it.
  const [undoable] = useState(props.merged);
  return (
    <>
      {undoable.map((number) => (
        <CaseForm
          key={number}
          action={unmergeClaimAction}
          caseNumber={number}
          submitLabel={t("cases:duplicates.unmark", { caseNumber: number })}
          successText={t("cases:duplicates.unmarked")}
        >
          {() => null}
        </CaseForm>
      ))}
      {props.merged.length || props.mayMerge === false ? null : (
        <CaseForm
          action={mergeClaimsAction}
          caseNumber={props.caseNumber}
          submitLabel={t("cases:duplicates.mark")}
          successText={t("cases:duplicates.marked")}
        >
          {({ errorFor }) => (
            <Field
              id="duplicate-of"
              label={t("cases:duplicates.of")}
              hint={hint}
              error={errorFor("duplicateOf")}
            >
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
      )}
    </>
  );
}
