import type { TFunction } from "i18next";
import { niceMax, type MonthBucket } from "../coverage";
import { formatMonth } from "../format";
import styles from "./training.module.css";

const W = 640;
const H = 260;
const PAD = { top: 16, right: 12, bottom: 56, left: 36 };

/**
 * Sessions per month as a server-rendered SVG bar chart (no chart library, nothing to load).
 * Screen readers get the title and description, and the same numbers as a table below.
 */
export function SessionsChart({
  months,
  locale,
  t,
}: {
  months: MonthBucket[];
  locale: string;
  t: TFunction;
}) {
  if (months.length === 0) return <p>{t("training:coverage.noSessions")}</p>;
  const max = niceMax(Math.max(...months.map((m) => m.sessions)));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const slot = plotW / months.length;
  const bar = Math.min(48, Math.max(4, slot * 0.7));
  const y = (v: number) => PAD.top + plotH - (v / max) * plotH;
  const ticks = [0, max / 2, max].filter((v, i, a) => Number.isInteger(v) && a.indexOf(v) === i);
  const total = months.reduce((n, m) => n + m.sessions, 0);
  const labelEvery = Math.ceil(months.length / 12);
  return (
    <figure>
      <svg
        className={styles.chart}
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby="sessions-chart-title sessions-chart-desc"
      >
        <title id="sessions-chart-title">{t("training:coverage.chartTitle")}</title>
        <desc id="sessions-chart-desc">
          {t("training:coverage.chartDesc", {
            total,
            from: formatMonth(locale, months[0]!.month),
            to: formatMonth(locale, months[months.length - 1]!.month),
          })}
        </desc>
        {ticks.map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} stroke="#c5ced6" />
            <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end" fontSize="12" fill="#4a5560">
              {v}
            </text>
          </g>
        ))}
        {months.map((m, i) => {
          const x = PAD.left + i * slot + (slot - bar) / 2;
          return (
            <g key={m.month}>
              <rect x={x} y={y(m.sessions)} width={bar} height={y(0) - y(m.sessions)} fill="#0b4f6c" />
              {i % labelEvery === 0 ? (
                <text
                  x={x + bar / 2}
                  y={H - PAD.bottom + 14}
                  fontSize="11"
                  fill="#1b1f23"
                  textAnchor="end"
                  transform={`rotate(-40 ${x + bar / 2} ${H - PAD.bottom + 14})`}
                >
                  {formatMonth(locale, m.month)}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption>{t("training:coverage.chartCaption")}</figcaption>
      <details>
        <summary>{t("training:coverage.chartTable")}</summary>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("training:coverage.month")}</th>
                <th scope="col">{t("training:coverage.sessions")}</th>
              </tr>
            </thead>
            <tbody>
              {months.map((m) => (
                <tr key={m.month}>
                  <th scope="row">{formatMonth(locale, m.month)}</th>
                  <td>{m.sessions}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
