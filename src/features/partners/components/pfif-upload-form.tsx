"use client";
import { useActionState } from "react";
import { Field, fieldAria } from "@/components/ui/field";
import { ActionAlert } from "@/components/ui/action-alert";
import { useT } from "@/i18n/client";
import type { Locale } from "@/i18n/settings";
import type { ActionState } from "@/server/result";
import { importPfifAction } from "../actions";
import type { RecordReport } from "../pfif-import-data";
import { ImportReport } from "./import-report";

/** Upload a PFIF file; the answer is the per-record report (each refusal with line and reason). */
export function PfifUploadForm({ locale }: { locale: Locale }) {
  const t = useT(["partners", "common", "validation"]);
  const [state, action, pending] = useActionState<ActionState<RecordReport[]>, FormData>(
    importPfifAction,
    null,
  );
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  const fileError = fieldErrors?.file ? t(fieldErrors.file) : undefined;
  return (
    <div className="stack">
      <form action={action} className="stack" encType="multipart/form-data" noValidate>
        <ActionAlert state={state} />
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
      {state?.ok ? <ImportReport reports={state.data} /> : null}
    </div>
  );
}
