import type { TFunction } from "i18next";
import type { ProposalDetail } from "../data";
import styles from "./matches.module.css";

/** Each criterion with its translated reason and its contribution (points of its weight). */
export function MatchCriteria({ p, t }: { p: Pick<ProposalDetail, "score" | "criteria">; t: TFunction }) {
  return (
    <section aria-labelledby="match-criteria" className="stack">
      <h2 id="match-criteria">{t("matches:criteria.title")}</h2>
      <p>
        <strong>{t("matches:compare.likeness", { value: Math.round(p.score * 100) })}</strong>
      </p>
      <ul className={styles.criteria}>
        {p.criteria.map((c) => (
          <li key={c.key} className={styles.criterion}>
            <div>
              <p>
                <strong>{t(`matches:criteria.${c.key}`)}</strong>
              </p>
              <p>{t(`matches:reason.${c.key}.${c.reason}`)}</p>
              {/* Name pairs are words of the records themselves ("naye ~ nayeli"). */}
              {c.key === "name" && c.detail?.length ? <p className="hint">{c.detail.join(", ")}</p> : null}
            </div>
            <p>{t("matches:criteria.pointsOf", { points: c.points, weight: c.weight })}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
