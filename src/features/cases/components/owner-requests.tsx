import type { TFunction } from "i18next";
import type { Locale } from "@/i18n/settings";
import { formatDateTime } from "@/lib/dates";
import type { TimelineEntry } from "../data";
import styles from "./cases.module.css";
import { OwnerAnswerForm, OwnerRequestForm } from "./owner-request-form";

type EventEntry = Extract<TimelineEntry, { kind: "event" }>;

/**
 * Requests between countries about this case (decision 145), read from the case's timeline: an
 * officer of another country may send one; the case's own staff see each request with its
 * answers and may answer. Which forms are offered follows the data layer's rules, which check
 * again.
 */
export function OwnerRequests(props: {
  caseNumber: string;
  country: string;
  timeline: TimelineEntry[];
  mayRequest: boolean;
  mayAnswer: boolean;
  t: TFunction;
  locale: Locale;
}) {
  const { t } = props;
  const events = props.timeline.filter((e): e is EventEntry => e.kind === "event");
  const requests = events.filter((e) => e.type === "OWNER_REQUEST");
  const answersTo = (id: string) =>
    events.filter((e) => e.type === "OWNER_REQUEST_ANSWERED" && e.oldValue === id).reverse();
  if (!props.mayRequest && !(props.mayAnswer && requests.length)) return null;
  return (
    <section aria-labelledby="owner-requests-title" className={`${styles.section} no-print`}>
      <h2 id="owner-requests-title">{t("cases:ownerRequest.title")}</h2>
      {props.mayRequest ? (
        <>
          <p>{t("cases:ownerRequest.intro", { country: t(`common:countries.${props.country}`) })}</p>
          <OwnerRequestForm caseNumber={props.caseNumber} country={props.country} />
        </>
      ) : null}
      {props.mayAnswer ? (
        <ul className="stack" style={{ listStyle: "none", padding: 0 }}>
          {requests.map((r) => (
            <li key={r.id} className="card" data-request={r.id}>
              <p>
                <strong>
                  {t(`cases:ownerRequest.needs.${r.newValue}`, { defaultValue: r.newValue ?? "" })}
                </strong>
                <br />
                <small>
                  {t("cases:ownerRequest.from", {
                    country: t(`common:countries.${r.oldValue}`, { defaultValue: r.oldValue ?? "" }),
                    name: r.actorName ?? "—",
                  })}{" "}
                  · {formatDateTime(r.at, props.locale, props.country)}
                </small>
              </p>
              {r.body ? <p className={styles.body}>{r.body}</p> : null}
              {answersTo(r.id).map((a) => (
                <p key={a.id} className={styles.body}>
                  {t("cases:ownerRequest.answerBy", { name: a.actorName ?? "—" })}: {a.body}
                </p>
              ))}
              <OwnerAnswerForm caseNumber={props.caseNumber} requestId={r.id} />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
