import type { TFunction } from "i18next";
import { formatDateTime } from "@/i18n/intl";
import type { Locale } from "@/i18n/settings";
import type { RemovalRequestRow } from "../data";
import { RemovalDecisionForm } from "./decision-form";

/** Requests to take the case's public page down, for the police who decide them (decision 150). */
export function CaseRemovals(props: {
  caseNumber: string;
  country: string;
  requests: RemovalRequestRow[];
  t: TFunction;
  locale: Locale;
}) {
  const { t, locale } = props;
  if (!props.requests.length) return null;
  const when = (d: Date) => formatDateTime(d, locale, { country: props.country });
  return (
    <section aria-labelledby="removals-title" className="stack no-print" id="case-removals">
      <h2 id="removals-title">{t("removal:case.title")}</h2>
      <p>{t("removal:case.intro")}</p>
      {props.requests.map((r) => (
        <div key={r.id} className="stack">
          <p>
            <strong>{t(`removal:reasons.${r.reason}`)}</strong> · {t(`removal:case.source.${r.source}`)} ·{" "}
            {when(r.createdAt)}
            <br />
            {t(r.hidPage ? "removal:case.hidAtOnce" : "removal:case.stillPublic")}
          </p>
          {r.message ? <blockquote style={{ whiteSpace: "pre-wrap" }}>{r.message}</blockquote> : null}
          {r.status === "PENDING" ? (
            <RemovalDecisionForm
              caseNumber={props.caseNumber}
              requestId={r.id}
              mayRestore={r.reason !== "WITHDRAW_CLAIM"}
            />
          ) : (
            <p>
              {t(`removal:status.${r.status}`)}
              {r.decidedAt ? ` · ${when(r.decidedAt)}` : null}
              {r.decisionNote ? ` · ${r.decisionNote}` : null}
            </p>
          )}
        </div>
      ))}
    </section>
  );
}
