import type { TFunction } from "i18next";
import Link from "next/link";
import type { Locale } from "@/i18n/settings";
import { formatDate } from "@/lib/dates";
import type { ProposalList } from "../data";
import { MATCH_STATUSES, type MatchListInput } from "../schemas";
import styles from "./matches.module.css";

type Row = ProposalList["rows"][number];

function otherLabel(r: Row, t: TFunction): string {
  if (r.foundPerson)
    return `${r.foundPerson.namesGiven || t("matches:compare.unknown")} · ${r.foundPerson.foundNumber}`;
  if (r.otherCase) return `${r.otherCase.givenNames} ${r.otherCase.familyNames} · ${r.otherCase.caseNumber}`;
  return "";
}

/** The review queue: a status filter (a plain GET form) and one page of pairs, best first. */
export function MatchQueue(props: {
  t: TFunction;
  locale: Locale;
  input: MatchListInput;
  list: ProposalList;
}) {
  const { t, locale, input, list } = props;
  const pageHref = (page: number) => `/${locale}/matches?status=${input.status}&page=${page}`;
  return (
    <div className="stack">
      <h1>{t("matches:title")}</h1>
      <p>{t("matches:intro")}</p>
      <form method="get" action={`/${locale}/matches`} className="actions">
        <label htmlFor="match-status">{t("matches:filter")}</label>
        <select id="match-status" name="status" defaultValue={input.status}>
          {MATCH_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`matches:statuses.${s}`)}
            </option>
          ))}
        </select>
        <button type="submit" className="button button--secondary">
          {t("matches:apply")}
        </button>
      </form>
      <section aria-labelledby="match-results" className="stack">
        <h2 id="match-results">{t("matches:table.caption")}</h2>
        {list.rows.length === 0 ? (
          <p role="status">{t("matches:empty")}</p>
        ) : (
          <ol className={styles.results}>
            {list.rows.map((r) => (
              <li key={r.id} className={styles.result}>
                <p>
                  <Link href={`/${locale}/matches/${r.id}`}>
                    {t("matches:table.open")}: {r.case.givenNames} {r.case.familyNames} — {otherLabel(r, t)}
                  </Link>
                </p>
                <p className="hint">
                  {t(`matches:kinds.${r.kind}`)} · {t("matches:table.score")}{" "}
                  {t("matches:percent", { value: Math.round(r.score * 100) })} · {r.case.caseNumber} ·{" "}
                  {[r.caseCountryCode, r.otherCountryCode].map((c) => t(`common:countries.${c}`)).join(" — ")}
                  {" · "}
                  {formatDate(r.createdAt, locale)}
                </p>
              </li>
            ))}
          </ol>
        )}
        <nav className="actions" aria-label={t("matches:table.caption")}>
          {list.page > 1 ? (
            <Link className="button button--secondary" href={pageHref(list.page - 1)}>
              {t("matches:previous")}
            </Link>
          ) : null}
          {list.hasMore ? (
            <Link className="button button--secondary" href={pageHref(list.page + 1)}>
              {t("matches:nextPage")}
            </Link>
          ) : null}
        </nav>
      </section>
    </div>
  );
}
