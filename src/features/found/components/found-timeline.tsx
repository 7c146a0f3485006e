import type { TFunction } from "i18next";
import type { Locale } from "@/i18n/settings";
import { formatDateTime } from "@/lib/dates";
import type { FoundDetail } from "../data/detail";

const KNOWN = new Set(["CREATED", "STATUS_CHANGED", "NOTE_ADDED"]);

/** The record's history, newest first (events are append-only). */
export function FoundTimeline({ f, t, locale }: { f: FoundDetail; t: TFunction; locale: Locale }) {
  return (
    <section aria-labelledby="found-history">
      <h2 id="found-history">{t("found:timeline.title")}</h2>
      {f.events.length ? (
        <ol>
          {f.events.map((e) => (
            <li key={e.id}>
              <strong>
                {t(`found:timeline.events.${KNOWN.has(e.type) ? e.type : "OTHER"}`, {
                  from: e.oldValue ? t(`found:statuses.${e.oldValue}`) : "",
                  to: e.newValue ? t(`found:statuses.${e.newValue}`) : "",
                })}
              </strong>{" "}
              <span className="hint">
                {formatDateTime(e.createdAt, locale, f.countryCode)}
                {e.actor ? ` · ${t("found:timeline.by", { name: e.actor.name })}` : ""}
              </span>
              {e.reason ? <p>{e.reason}</p> : null}
              {e.body ? <p>{e.body}</p> : null}
            </li>
          ))}
        </ol>
      ) : (
        <p>{t("found:timeline.empty")}</p>
      )}
    </section>
  );
}
