"use client";
import Link from "next/link";
import { useActionState } from "react";
import { ActionAlert } from "@/components/ui/action-alert";
import { Alert } from "@/components/ui/alert";
import { useT } from "@/i18n/client";
import { importAttendeesAction, type ImportState } from "../actions";
import { useErrorText } from "./use-error-text";

export function ImportForm(props: { sessionId: string; backHref: string }) {
  const t = useT(["training", "common"]);
  const errorText = useErrorText();
  const [state, action, pending] = useActionState<ImportState, FormData>(importAttendeesAction, null);
  const result = state?.ok ? state.data : null;
  return (
    <>
      <form action={action} className="stack">
        <input type="hidden" name="sessionId" value={props.sessionId} />
        <div className="field">
          <label htmlFor="csv-file">{t("import.file")}</label>
          <span className="hint" id="csv-file-hint">
            {t("import.fileHint")}
          </span>
          <input
            id="csv-file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            required
            aria-describedby="csv-file-hint"
          />
        </div>
        <button type="submit" className="button" disabled={pending}>
          {pending ? t("import.submitting") : t("import.submit")}
        </button>
      </form>
      <div aria-live="polite">
        <ActionAlert state={state} translate={errorText} />
        {result && !result.ok ? (
          <section aria-labelledby="import-errors-title">
            <Alert kind="error">
              <h2 id="import-errors-title">{t("import.errorsTitle")}</h2>
              <p>{t("import.nothingImported")}</p>
            </Alert>
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t("import.line")}</th>
                    <th scope="col">{t("import.field")}</th>
                    <th scope="col">{t("import.problem")}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.errors.map((e, i) => (
                    <tr key={i}>
                      <td>{e.line || t("import.wholeFile")}</td>
                      <td>{e.field ?? "—"}</td>
                      <td>{errorText(e.key)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        ) : null}
        {result?.ok ? (
          <Alert kind="success">
            <p>{t("import.imported", { count: result.imported })}</p>
            {result.skipped.length ? (
              <p>
                {t("import.skipped", { count: result.skipped.length })}{" "}
                {result.skipped.map((s) => `${s.line}: ${s.email}`).join(", ")}
              </p>
            ) : null}
            <p>
              <Link href={props.backHref}>{t("import.back")}</Link>
            </p>
          </Alert>
        ) : null}
      </div>
    </>
  );
}
