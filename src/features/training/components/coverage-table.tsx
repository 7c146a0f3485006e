import type { TFunction } from "i18next";
import type { Coverage } from "../coverage-data";
import type { Gain } from "../knowledge-check";
import styles from "./training.module.css";

const percent = (n: number, target: number | null) => (target ? Math.round((n / target) * 100) : null);

function Meter({ value, target }: { value: number; target: number | null }) {
  const p = percent(value, target);
  if (p === null) return null;
  // Decorative: the numbers are in the same row as text.
  return (
    <span className={styles.meter} aria-hidden="true">
      <span className={styles.meterFill} style={{ width: `${Math.min(100, p)}%` }} />
    </span>
  );
}

/** The knowledge check's before -> after, in words: "48% -> 81% (+33 points, 12 people)". */
export function gainText(g: Gain | null, t: TFunction): string {
  if (!g) return "—";
  return t("training:knowledge.gainCell", {
    before: g.before,
    after: g.after,
    gain: signed(g.gain),
    count: g.people,
  });
}
const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** "18 of 20 (90%)", or the number alone where no target was set. */
const ofTarget = (value: number, target: number | null, t: TFunction) =>
  target
    ? t("training:coverage.ofTarget", { value, target, percent: percent(value, target) })
    : String(value);

export function CoverageTable({ c, t }: { c: Coverage; t: TFunction }) {
  const cell = (value: number, target: number | null) => ofTarget(value, target, t);
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="coverage-regions-caption">
      <table>
        <caption id="coverage-regions-caption">{t("training:coverage.tableCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("training:coverage.region")}</th>
            <th scope="col">{t("training:coverage.trained")}</th>
            <th scope="col">{t("training:coverage.progress")}</th>
            <th scope="col">{t("training:knowledge.gain")}</th>
          </tr>
        </thead>
        <tbody>
          {c.regions.map((r) => (
            <tr key={r.id} className={r.underTarget ? styles.underTarget : undefined}>
              <th scope="row">{r.name}</th>
              <td>{cell(r.trained, r.target)}</td>
              <td>
                <Meter value={r.trained} target={r.target} />
                {r.underTarget ? (
                  <strong className={styles.gap}>{t("training:coverage.underTarget")}</strong>
                ) : null}
              </td>
              <td>{gainText(r.gain, t)}</td>
            </tr>
          ))}
          {c.unassigned ? (
            <tr>
              <th scope="row">{t("training:coverage.unassigned")}</th>
              <td>{c.unassigned}</td>
              <td />
              <td />
            </tr>
          ) : null}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t("training:coverage.total")}</th>
            <td>{cell(c.total, c.target)}</td>
            <td>
              <Meter value={c.total} target={c.target} />
            </td>
            <td>{gainText(c.gain, t)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

const levelName = (level: number, t: TFunction) =>
  level <= 2 ? t(`training:coverage.levelName.${level}`) : t("training:coverage.levelN", { n: level });

/**
 * Officers trained at each level of the cascade (people once per level) against the level's
 * target, marked in words when below it, and the level's knowledge gain.
 */
export function LevelTable({ c, t }: { c: Coverage; t: TFunction }) {
  if (c.levels.length === 0) return <p>{t("training:coverage.noLevels")}</p>;
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="coverage-levels-caption">
      <table>
        <caption id="coverage-levels-caption">{t("training:coverage.levelCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("training:coverage.level")}</th>
            <th scope="col">{t("training:coverage.trained")}</th>
            <th scope="col">{t("training:knowledge.gain")}</th>
          </tr>
        </thead>
        <tbody>
          {c.levels.map((l) => (
            <tr key={l.level} className={l.underTarget ? styles.underTarget : undefined}>
              <th scope="row">{levelName(l.level, t)}</th>
              <td>
                {ofTarget(l.trained, l.target, t)}
                {l.underTarget ? (
                  <>
                    {" "}
                    <strong className={styles.gap}>{t("training:coverage.underTarget")}</strong>
                  </>
                ) : null}
              </td>
              <td>{gainText(l.gain, t)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The practice exercises each level passed: two columns, one group of rows per level, so the
 * long exercise titles wrap and stay readable on a phone.
 */
export function ExerciseLevelTable({ c, t }: { c: Coverage; t: TFunction }) {
  const levels = c.levels.filter((l) => l.exercises.length > 0);
  if (levels.length === 0) return <p>{t("training:coverage.noExercises")}</p>;
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="coverage-exercises-caption">
      <table>
        <caption id="coverage-exercises-caption">{t("training:coverage.exerciseCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("training:coverage.exercise")}</th>
            <th scope="col">{t("training:coverage.exercisePassed")}</th>
          </tr>
        </thead>
        {levels.map((l) => (
          <tbody key={l.level}>
            <tr>
              <th scope="rowgroup" colSpan={2}>
                {levelName(l.level, t)}
              </th>
            </tr>
            {l.exercises.map((e) => (
              <tr key={e.id}>
                <th scope="row">{t(`training:exercises.${e.id}.title`)}</th>
                <td>
                  {t("training:coverage.passedOf", {
                    passed: e.passed,
                    set: e.set,
                    percent: Math.round((e.passed / e.set) * 100),
                  })}
                </td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
