import type { StatsData } from "../aggregate";
import { SUPPRESSED, type PublicCount } from "../suppression";

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Total, located and located rate, with the same data attributes the tables carry. */
export function StatsSummary({ stats, t }: { stats: StatsData; t: Translate }) {
  const show = (c: PublicCount) => (c === SUPPRESSED ? t("stats:suppressed") : String(c));
  const rate = stats.locatedRate === null ? t("stats:notPublished") : `${stats.locatedRate}\u00a0%`;
  return (
    <dl className="details" aria-label={t("stats:summary.label")}>
      <dt>{t("stats:summary.total")}</dt>
      <dd data-dim="summary" data-key="total" data-count={String(stats.total)}>
        {show(stats.total)}
      </dd>
      <dt>{t("stats:summary.located")}</dt>
      <dd data-dim="summary" data-key="located" data-count={String(stats.located)}>
        {show(stats.located)}
      </dd>
      <dt>{t("stats:summary.locatedRate")}</dt>
      <dd data-dim="summary" data-key="locatedRatePercent" data-count={String(stats.locatedRate ?? "")}>
        {rate}
      </dd>
    </dl>
  );
}
