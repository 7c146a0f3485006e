import type { Cell } from "../aggregate";
import { statLabel, type StatSection as Section } from "../labels";
import { SUPPRESSED } from "../suppression";
import { BarChart } from "./bar-chart";
import { MonthChart } from "./month-chart";

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** A heading, its chart and the same numbers as a table (for screen readers and for copying). */
export function StatSection(props: { section: Section; cells: Cell[]; t: Translate; locale: string }) {
  const { section, cells, t, locale } = props;
  if (!cells.length) return null;
  const id = `stats-${section}`;
  const title = t(`stats:sections.${section}.title`);
  const bars = cells.map((c) => ({ label: statLabel(section, c, t, locale), count: c.count }));
  const shown = (c: Cell) => (c.count === SUPPRESSED ? t("stats:suppressed") : c.count);
  const chartProps = {
    id: `${id}-chart`,
    title,
    desc: t(`stats:sections.${section}.desc`),
    bars,
    suppressedLabel: t("stats:suppressed"),
  };
  return (
    <section aria-labelledby={id} data-section={section}>
      <h2 id={id}>{title}</h2>
      {section === "month" ? <MonthChart {...chartProps} /> : <BarChart {...chartProps} />}
      <details>
        <summary>{t("stats:showTable")}</summary>
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t(`stats:sections.${section}.column`)}</th>
                <th scope="col">{t("stats:count")}</th>
              </tr>
            </thead>
            <tbody>
              {cells.map((c) => (
                <tr key={c.key} data-dim={section} data-key={c.key}>
                  <th scope="row">{statLabel(section, c, t, locale)}</th>
                  <td data-count={String(c.count)}>{shown(c)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
