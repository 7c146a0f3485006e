import type { TFunction } from "i18next";
import type { Locale } from "@/i18n/settings";
import type { TimelineEntry } from "../data";
import { formatDateTime } from "@/lib/dates";
import styles from "./cases.module.css";

const KNOWN_EVENTS = new Set([
  "CREATED",
  "STATUS_CHANGED",
  "NOTE_ADDED",
  "TRAFFICKING_FLAGGED",
  "TRAFFICKING_UNFLAGGED",
  "ASSIGNED",
  "DUPLICATE_MARKED",
  "DUPLICATE_UNMARKED",
  "PUBLICATION_APPROVED",
  "PUBLICATION_REVOKED",
  "TIP_RECEIVED",
  "CONSENT_WITHDRAWN",
  "CASE_SEALED",
  "CASE_UNSEALED",
  "CROSS_BORDER_CONSENT_CHANGED",
  "PHOTO_ADDED",
]);

/** The one-line summary of an event: what changed, from what to what. */
function describe(e: Extract<TimelineEntry, { kind: "event" }>, t: TFunction): string {
  const status = (s: string | null) => (s ? t(`common:status.${s}`, { defaultValue: s }) : "—");
  const indicators = (v: string | null) =>
    (v ?? "")
      .split(",")
      .filter(Boolean)
      .map((i) => t(`cases:indicators.${i}`, { defaultValue: i }))
      .join(", ");
  switch (e.type) {
    case "STATUS_CHANGED":
      return t("cases:events.STATUS_CHANGED", { from: status(e.oldValue), to: status(e.newValue) });
    case "TRAFFICKING_FLAGGED":
      return t("cases:events.TRAFFICKING_FLAGGED", { indicators: indicators(e.newValue) });
    case "POSSIBLE_DUPLICATE": // written by the intake check before the engine replaced it
      return t("cases:events.POSSIBLE_DUPLICATE", { caseNumber: e.newValue ?? "—" });
    case "PFIF_NOTE":
      return t("cases:events.PFIF_NOTE", { author: e.source ?? "—" });
    case "PFIF_UPDATED":
      return t("cases:events.PFIF_UPDATED", { source: e.newValue ?? "—" });
    case "ASSIGNED":
      return t("cases:events.ASSIGNED", { to: e.newValue ?? t("cases:assign.nobody") });
    case "DUPLICATE_MARKED":
    case "DUPLICATE_UNMARKED": {
      const other = e.newValue ?? e.oldValue ?? "";
      return t(`cases:events.${e.type}.${e.field === "duplicates" ? "other" : "self"}`, {
        caseNumber: other,
      });
    }
    case "CHECK_IN_SENT":
      return t("checkins:events.CHECK_IN_SENT", { number: e.newValue ?? "—" });
    case "CHECK_IN_ANSWERED":
      // field "track": said on the track page, not in answer to a numbered check-in.
      return t(e.field === "track" ? "checkins:events.TRACK_ANSWERED" : "checkins:events.CHECK_IN_ANSWERED", {
        number: e.oldValue ?? "—",
        answer: t(`checkins:eventAnswer.${e.newValue}`, { defaultValue: e.newValue ?? "—" }),
      });
    case "FAMILY_NOTE":
      return t("checkins:events.FAMILY_NOTE");
    case "OWNER_REQUEST":
      return t("cases:events.OWNER_REQUEST", {
        country: t(`common:countries.${e.oldValue}`, { defaultValue: e.oldValue ?? "—" }),
        need: t(`cases:ownerRequest.needs.${e.newValue}`, { defaultValue: e.newValue ?? "—" }),
      });
    case "OWNER_REQUEST_ANSWERED":
      return t("cases:events.OWNER_REQUEST_ANSWERED", {
        country: t(`common:countries.${e.newValue}`, { defaultValue: e.newValue ?? "—" }),
      });
    case "REMOVAL_REQUESTED":
      return t("removal:events.REMOVAL_REQUESTED", {
        reason: t(`removal:reasons.${e.newValue}`, { defaultValue: e.newValue ?? "—" }),
      });
    case "REMOVAL_DECIDED":
      return t("removal:events.REMOVAL_DECIDED", {
        decision: t(`removal:status.${e.newValue}`, { defaultValue: e.newValue ?? "—" }),
      });
    case "INFO_REQUESTED":
    case "NOTIFICATIONS_WITHDRAWN":
    case "NOTIFICATIONS_RESUMED":
      return t(`notifications:events.${e.type}`);
    case "PHOTO_RELEASED":
      return t("cases:events.PHOTO_RELEASED", { n: e.newValue ?? "—" });
    default:
      return KNOWN_EVENTS.has(e.type) ? t(`cases:events.${e.type}`) : e.type;
  }
}

/** Events, notes and tips, newest first. */
export function CaseTimeline(props: {
  entries: TimelineEntry[];
  t: TFunction;
  locale: Locale;
  country: string;
}) {
  const { t, locale } = props;
  return (
    <section aria-labelledby="timeline-title" className={styles.section}>
      <h2 id="timeline-title">{t("cases:timeline.title")}</h2>
      {props.entries.length === 0 ? <p>{t("cases:timeline.empty")}</p> : null}
      <ol className={styles.timeline}>
        {props.entries.map((e) => (
          <li key={`${e.kind}-${e.id}`} data-event={e.kind === "event" ? e.type : "TIP"}>
            <time dateTime={e.at.toISOString()}>{formatDateTime(e.at, locale, props.country)}</time>
            {e.fromCase ? <span> {t("cases:duplicates.fromCase", { caseNumber: e.fromCase })}</span> : null}
            {e.kind === "event" ? (
              <>
                <strong>{describe(e, t)}</strong>
                {e.actorName ? (
                  <span> — {e.actorName}</span>
                ) : (
                  <span> — {t(`cases:actors.${e.actorKind}`)}</span>
                )}
                {e.reason ? (
                  <p className={styles.body}>{t("cases:timeline.reason", { reason: e.reason })}</p>
                ) : null}
                {e.body ? <p className={styles.body}>{e.body}</p> : null}
              </>
            ) : (
              <>
                <strong>{t("cases:timeline.tip")}</strong>
                <p className={styles.body}>{e.body}</p>
                {e.seenWhere || e.seenWhen ? (
                  <p>{t("cases:timeline.tipSeen", { where: e.seenWhere ?? "—", when: e.seenWhen ?? "—" })}</p>
                ) : null}
                {e.contact ? <p>{t("cases:timeline.tipContact", { contact: e.contact })}</p> : null}
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
