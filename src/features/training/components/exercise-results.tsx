import type { TFunction } from "i18next";
import type { ExerciseResults } from "../exercise-data";

const duration = (seconds: number, t: TFunction) =>
  t("training:exercises.time", { min: Math.floor(seconds / 60), sec: seconds % 60 });

/** The session's results grid: practice logins x exercises. */
export function ExerciseResultsTable({ r, t }: { r: ExerciseResults; t: TFunction }) {
  if (r.exercises.length === 0) return <p>{t("training:exercises.none")}</p>;
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={t("training:exercises.resultsTitle")}>
      <table>
        <caption>{t("training:exercises.resultsCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("training:exercises.login")}</th>
            {r.exercises.map((id) => (
              <th scope="col" key={id}>
                {t(`training:exercises.${id}.title`)}
              </th>
            ))}
            <th scope="col">{t("training:exercises.passedCount")}</th>
          </tr>
        </thead>
        <tbody>
          {r.rows.map((row) => (
            <tr key={row.login}>
              <th scope="row">
                <code>{row.login}</code>
              </th>
              {row.cells.map((c, i) => (
                <td key={r.exercises[i]}>
                  {c.state === "passed"
                    ? t("training:exercises.state.passed", { time: duration(c.seconds ?? 0, t) })
                    : t(`training:exercises.state.${c.state}`)}
                </td>
              ))}
              <td>
                {row.passed} / {r.exercises.length}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
