"use client";
import Link from "next/link";
import { useT } from "@/i18n/client";
import type { Locale } from "@/i18n/settings";
import { formatDate } from "@/lib/dates";
import type { FoundSearchPage } from "../data/search";
import styles from "./found.module.css";

/** One page of found records; paging re-posts the same form with another page number. */
export function FoundResults(props: { locale: Locale; page: FoundSearchPage; formId: string }) {
  const t = useT(["found", "common"]);
  const { rows, page, hasMore } = props.page;
  if (!rows.length) return <p role="status">{t("found:list.noResults")}</p>;
  return (
    <section aria-labelledby="found-results-title" className="stack">
      <h2 id="found-results-title">{t("found:list.results")}</h2>
      {props.page.broadened ? <p role="status">{t("found:list.broadened")}</p> : null}
      <ol className={styles.results}>
        {rows.map((r) => (
          <li key={r.foundNumber} className={styles.result}>
            <p>
              <Link href={`/${props.locale}/found/${r.foundNumber}`}>
                {r.namesGiven || t("found:list.noName")}
              </Link>{" "}
              <span className="badge">{t(`found:statuses.${r.status}`)}</span>
            </p>
            <p className="hint">
              {r.foundNumber} · {t(`found:conditions.${r.condition}`)} · {t(`common:sex.${r.sex}`)} ·{" "}
              {t("found:detail.ageRange", { min: r.ageMin, max: r.ageMax })}
            </p>
            <p className="hint">
              {[r.foundPlace, r.regionName, t(`common:countries.${r.countryCode}`)]
                .filter(Boolean)
                .join(", ")}{" "}
              · {formatDate(r.foundAt, props.locale, r.countryCode)}
            </p>
          </li>
        ))}
      </ol>
      <nav className="actions" aria-label={t("found:list.results")}>
        {page > 1 ? (
          <button
            type="submit"
            form={props.formId}
            name="page"
            value={page - 1}
            className="button button--secondary"
          >
            {t("found:list.previous")}
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
            {t("found:list.next")}
          </button>
        ) : null}
      </nav>
    </section>
  );
}
