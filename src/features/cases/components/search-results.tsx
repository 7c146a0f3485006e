"use client";
import Link from "next/link";
import { useT } from "@/i18n/client";
import type { Locale } from "@/i18n/settings";
import type { CaseSearchPage } from "../data/search-query";
import { formatDate } from "@/lib/dates";
import styles from "./cases.module.css";

/** One page of lookup results; paging re-posts the same form with another page number. */
export function SearchResults(props: { locale: Locale; page: CaseSearchPage; formId: string }) {
  const t = useT(["cases", "common"]);
  const { rows, page, hasMore } = props.page;
  if (!rows.length) return <p role="status">{t("cases:results.none")}</p>;
  return (
    <section aria-labelledby="results-title" className="stack">
      <h2 id="results-title">{t("cases:results.title", { page })}</h2>
      {props.page.broadened ? <p role="status">{t("cases:results.broadened")}</p> : null}
      <ol className={styles.results}>
        {rows.map((r) => (
          <li key={r.id} className={styles.result}>
            {r.photoId ? (
              // eslint-disable-next-line @next/next/no-img-element -- staff-only photo route, no optimizer
              <img
                src={`/api/photos/${r.photoId}`}
                alt=""
                width={64}
                height={64}
                className={styles.thumb}
                loading="lazy"
              />
            ) : (
              <span className={styles.thumb} aria-hidden="true" />
            )}
            <div>
              <p className={styles.name}>
                <Link href={`/${props.locale}/cases/${r.caseNumber}`}>
                  {r.givenNames} {r.familyNames}
                </Link>
                {r.otherNames ? <span className="hint"> ({r.otherNames})</span> : null}{" "}
                {r.practice ? <span className="badge badge--practice">{t("common:practice")}</span> : null}
              </p>
              <p className={styles.meta}>
                <span className="badge">{t(`common:status.${r.status}`)}</span> {r.caseNumber} ·{" "}
                {t(`common:countries.${r.countryCode}`)}
                {r.age !== null ? ` · ${t("cases:results.age", { age: r.age })}` : ""}
              </p>
              {/* A card (the family's consent, a seal) carries no place or date last seen. */}
              {r.lastSeenAt !== null ? (
                <p className={styles.meta}>
                  {t("cases:results.lastSeen", {
                    place: [r.lastSeenCity, r.regionName].filter(Boolean).join(", "),
                    date: formatDate(r.lastSeenAt, props.locale, r.countryCode),
                  })}
                  {r.traffickingFlag ? <strong> · {t("cases:results.trafficking")}</strong> : null}
                </p>
              ) : null}
            </div>
          </li>
        ))}
      </ol>
      <nav className="actions" aria-label={t("cases:results.pages")}>
        {page > 1 ? (
          <button
            type="submit"
            form={props.formId}
            name="page"
            value={page - 1}
            className="button button--secondary"
          >
            {t("cases:results.previous")}
          </button>
        ) : null}
        {hasMore ? (
          <button
            type="submit"
            form={props.formId}
            name="page"
            value={page + 1}
            className="button button--secondary"
          >
            {t("cases:results.next")}
          </button>
        ) : null}
      </nav>
    </section>
  );
}
