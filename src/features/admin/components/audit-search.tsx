"use client";
import { useActionState } from "react";
import { ActionAlert } from "@/components/ui/action-alert";
import { Field, fieldAria } from "@/components/ui/field";
import { ScrollTable } from "@/components/ui/scroll-table";
import { useT } from "@/i18n/client";
import { formatDateTime } from "@/i18n/intl";
import type { Locale } from "@/i18n/settings";
import type { ActionState } from "@/server/result";
import { searchAuditAction } from "../actions";
import type { AuditSearchResult } from "../audit-search-data";
import { accessActionWords, auditActionWords, changeLines } from "../audit-words";

const FIELDS = [
  { name: "user", type: "text", autoComplete: "off" },
  { name: "caseNumber", type: "text", autoComplete: "off" },
  { name: "from", type: "date", autoComplete: "off" },
  { name: "to", type: "date", autoComplete: "off" },
] as const;

/**
 * Filters in, both logs out. The form posts (no filter goes in a URL) and works without
 * JavaScript; "Export CSV" posts the same fields to the export route instead.
 */
export function AuditSearch({ locale, country }: { locale: Locale; country: string }) {
  const t = useT(["admin", "common"]);
  const [state, action, pending] = useActionState<ActionState<AuditSearchResult>, FormData>(
    searchAuditAction,
    null,
  );
  const result = state?.ok ? state.data : undefined;
  const when = (d: Date) => formatDateTime(d, locale, { country, time: "medium" });
  return (
    <div className="stack">
      <form action={action} className="stack" noValidate>
        <ActionAlert state={state} />
        <input type="hidden" name="locale" value={locale} />
        {FIELDS.map((f) => {
          const key = state && !state.ok ? state.fieldErrors?.[f.name] : undefined;
          const error = key ? t(key) : undefined;
          const hint = t(`admin:audit.hints.${f.name}`);
          return (
            <Field
              key={f.name}
              id={`audit-${f.name}`}
              label={t(`admin:audit.fields.${f.name}`)}
              hint={hint}
              error={error}
            >
              <input
                {...fieldAria(`audit-${f.name}`, { error, hint })}
                name={f.name}
                type={f.type}
                autoComplete={f.autoComplete}
                spellCheck={false}
                defaultValue={state?.values?.[f.name]}
              />
            </Field>
          );
        })}
        <div className="actions">
          <button type="submit" className="button" disabled={pending}>
            {t("admin:audit.search")}
          </button>
          <button
            type="submit"
            className="button button--secondary"
            formAction="/api/admin/audit"
            formMethod="post"
          >
            {t("admin:audit.export")}
          </button>
        </div>
      </form>
      {result ? <AuditResults result={result} t={t} when={when} /> : null}
    </div>
  );
}

function AuditResults(props: {
  result: AuditSearchResult;
  t: ReturnType<typeof useT>;
  when: (d: Date) => string;
}) {
  const { result, t, when } = props;
  const zone = t(`common:countries.${result.countryCode}`);
  return (
    <>
      <p>{t("admin:audit.timesIn", { country: zone })}</p>
      <section className="stack">
        <h2 id="audit-events-title">{t("admin:audit.eventsTitle")}</h2>
        <p>{t("admin:audit.count", { count: result.events.length, limit: result.limit })}</p>
        {result.events.length ? (
          <ScrollTable
            labelledBy="audit-events-title"
            caption={t("admin:audit.eventsTitle")}
            headers={[
              t("admin:audit.when"),
              t("admin:audit.who"),
              t("admin:audit.what"),
              t("admin:audit.changes"),
            ]}
          >
            {result.events.map((e) => (
              <tr key={e.id}>
                <td>{when(e.createdAt)}</td>
                <td>{e.actorEmail ?? t("admin:audit.system")}</td>
                <td>
                  {auditActionWords(t, e.action)}
                  <br />
                  <span className="hint">
                    {e.targetType} {e.targetId.slice(0, 8)}
                  </span>
                </td>
                <td>
                  {changeLines(e.before, e.after).map((line) => (
                    <div key={line}>{line}</div>
                  ))}
                </td>
              </tr>
            ))}
          </ScrollTable>
        ) : null}
      </section>
      <section className="stack">
        <h2 id="audit-access-title">{t("admin:audit.accessTitle")}</h2>
        <p>{t("admin:audit.count", { count: result.accesses.length, limit: result.limit })}</p>
        {result.accesses.length ? (
          <ScrollTable
            labelledBy="audit-access-title"
            caption={t("admin:audit.accessTitle")}
            headers={[
              t("admin:audit.when"),
              t("admin:audit.who"),
              t("admin:audit.case"),
              t("admin:audit.what"),
              t("admin:accessLog.reason"),
            ]}
          >
            {result.accesses.map((r) => (
              <tr key={r.id}>
                <td>{when(r.createdAt)}</td>
                <td>
                  {r.userName} ({r.userEmail})
                </td>
                <td>{r.caseNumber}</td>
                <td>{accessActionWords(t, r.action)}</td>
                <td>{r.reason ?? t("admin:accessLog.noReason")}</td>
              </tr>
            ))}
          </ScrollTable>
        ) : null}
      </section>
    </>
  );
}
