"use client";
import { useActionState } from "react";
import { ActionAlert } from "@/components/ui/action-alert";
import { Field, fieldAria } from "@/components/ui/field";
import { ScrollTable } from "@/components/ui/scroll-table";
import { useT } from "@/i18n/client";
import { formatDateTime } from "@/i18n/intl";
import type { Locale } from "@/i18n/settings";
import type { ActionState } from "@/server/result";
import { viewAccessLogAction, type AccessLog } from "../actions";
import { accessActionWords } from "../audit-words";

/**
 * Case number in, read-only log out. The number is posted, never put in the URL. Times are in
 * the viewer's country (`country`), actions in words, the reason when one was given.
 */
export function AccessLogViewer({ locale, country }: { locale: Locale; country: string }) {
  const t = useT(["admin", "common"]);
  const [state, action, pending] = useActionState<ActionState<AccessLog>, FormData>(
    viewAccessLogAction,
    null,
  );
  const caseError = state && !state.ok ? state.fieldErrors?.caseNumber : undefined;
  const error = caseError ? t(caseError) : undefined;
  const hint = t("admin:accessLog.caseNumberHint");
  // Out of scope and missing look alike: one message for both.
  const shown =
    state && !state.ok && state.error === "common:errors.notFound"
      ? { ...state, error: "admin:accessLog.notFound" }
      : state;
  const log = state?.ok ? state.data : undefined;
  return (
    <div className="stack">
      <form action={action} className="stack" noValidate>
        <ActionAlert state={shown} />
        <Field id="log-case" label={t("admin:accessLog.caseNumber")} hint={hint} error={error}>
          <input
            {...fieldAria("log-case", { error, hint })}
            name="caseNumber"
            type="text"
            autoComplete="off"
            spellCheck={false}
            defaultValue={state?.values?.caseNumber}
            required
          />
        </Field>
        <div className="actions">
          <button type="submit" className="button" disabled={pending}>
            {t("admin:accessLog.show")}
          </button>
        </div>
      </form>
      {log ? (
        <section>
          <h2 id="log-title">{t("admin:accessLog.resultTitle", { caseNumber: log.caseNumber })}</h2>
          <p>{t("admin:accessLog.count", { count: log.total, shown: log.rows.length })}</p>
          <p>{t("admin:audit.timesIn", { country: t(`common:countries.${country}`) })}</p>
          <ScrollTable
            labelledBy="log-title"
            caption={t("admin:accessLog.caption")}
            headers={[
              t("admin:accessLog.when"),
              t("admin:accessLog.who"),
              t("admin:accessLog.action"),
              t("admin:accessLog.reason"),
            ]}
          >
            {log.rows.map((r) => (
              <tr key={r.id}>
                <td>{formatDateTime(r.createdAt, locale, { country, time: "medium" })}</td>
                <td>
                  {r.user.name} ({r.user.email}) · {t(`common:roles.${r.user.role}`)} ·{" "}
                  {t(`common:countries.${r.user.countryCode}`)}
                  {r.user.organization ? ` · ${r.user.organization.name}` : null}
                </td>
                <td>{accessActionWords(t, r.action)}</td>
                <td>{r.reason ?? t("admin:accessLog.noReason")}</td>
              </tr>
            ))}
          </ScrollTable>
        </section>
      ) : null}
    </div>
  );
}
