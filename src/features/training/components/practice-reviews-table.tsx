import type { TFunction } from "i18next";
import type { SessionReviews } from "../practice-review-data";

/** The trainer's view of the proposed-match exercise: each login's decision, right or wrong, why. */
export function PracticeReviewsTable({ rows, t }: { rows: SessionReviews; t: TFunction }) {
  if (rows.length === 0) return <p>{t("training:review.none")}</p>;
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={t("training:review.trainerTitle")}>
      <table className="card-table">
        <caption>{t("training:review.trainerCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("training:exercises.login")}</th>
            <th scope="col">{t("training:review.colDecision")}</th>
            <th scope="col">{t("training:review.colCorrect")}</th>
            <th scope="col">{t("training:review.colReason")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.login}>
              <td data-label={t("training:exercises.login")}>
                <code>{r.login}</code>
              </td>
              <td data-label={t("training:review.colDecision")}>
                {r.decision ? t(`matches:statuses.${r.decision}`) : t("training:review.pending")}
              </td>
              <td data-label={t("training:review.colCorrect")}>
                {r.correct === null ? "—" : t(r.correct ? "training:review.yes" : "training:review.no")}
              </td>
              <td data-label={t("training:review.colReason")}>{r.reason ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
