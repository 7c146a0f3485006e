"use client";
import { Field, fieldAria } from "@/components/ui/field";
import type { CaseStatus } from "@/generated/prisma/enums";
import { useT } from "@/i18n/client";
import { changeStatusAction } from "../actions";
import { CaseForm } from "./case-form";

/** Moves the case to one of the statuses the viewer may set from here; a reason is required. */
export function StatusForm(props: { caseNumber: string; from: CaseStatus; options: CaseStatus[] }) {
  const t = useT(["cases", "common"]);
  return (
    <CaseForm
      action={changeStatusAction}
      caseNumber={props.caseNumber}
      submitLabel={t("cases:status.submit")}
      successText={t("cases:status.done")}
    >
      {({ errorFor }) => (
        <>
          <input type="hidden" name="from" value={props.from} />
          <Field id="status-to" label={t("cases:status.to")} error={errorFor("to")}>
            <select {...fieldAria("status-to", { error: errorFor("to") })} name="to" required>
              {props.options.map((s) => (
                <option key={s} value={s}>
                  {t(`common:status.${s}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field
            id="status-reason"
            label={t("cases:status.reason")}
            hint={t("cases:status.reasonHint")}
            error={errorFor("reason")}
          >
            <textarea
              {...fieldAria("status-reason", {
                hint: t("cases:status.reasonHint"),
                error: errorFor("reason"),
              })}
              name="reason"
              required
              maxLength={500}
              rows={3}
            />
          </Field>
        </>
      )}
    </CaseForm>
  );
}
