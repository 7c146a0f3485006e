"use client";
import { useActionState } from "react";
import { Field, fieldAria } from "@/components/ui/field";
import { FormAlert } from "@/features/admin/components/form-alert";
import { useT } from "@/i18n/client";
import type { Locale } from "@/i18n/settings";
import { importPfifAction, type PartnerFormState } from "../actions";
import type { RecordReport } from "../pfif-import-data";
import { ImportReport } from "./import-report";

/** Upload a PFIF file; the answer is the per-record report (each refusal with line and reason). */
export function PfifUploadForm({ locale }: { locale: Locale }) {
  const t = useT(["partners", "common", "validation"]);
  const [state, action, pending] = useActionState<PartnerFormState<RecordReport[]>, FormData>(
    importPfifAction,
    {},
  );
  const fileError = state.fieldErrors?.file ? t(state.fieldErrors.file) : undefined;
  return (
    <div className="stack">
      <form action={action} className="stack" encType="multipart/form-data" noValidate>
        <FormAlert error={state.error} reference={state.reference} />
        <input type="hidden" name="locale" value={locale} />
        <Field id="pfif-file" label={t("partners:pfif.file")} error={fileError}>
          <input
            {...fieldAria("pfif-file", { error: fileError })}
            name="file"
            type="file"
            accept=".xml,application/xml,text/xml"
            required
          />
        </Field>
        <div className="actions">
          <button type="submit" className="button" disabled={pending}>
            {t("partners:pfif.upload")}
          </button>
        </div>
      </form>
      {state.data ? <ImportReport reports={state.data} /> : null}
    </div>
  );
}
