import type { Metadata } from "next";
import { sortByLabel } from "@/i18n/intl";
import { connection } from "next/server";
import { Alert } from "@/components/ui/alert";
import { StatSection } from "@/features/stats/components/stat-section";
import { StatsSummary } from "@/features/stats/components/stats-summary";
import { CSV_SECTIONS } from "@/features/stats/csv";
import { exactStatsScope, getStatsForViewer } from "@/features/stats/data";
import { localeFrom } from "@/i18n/params";
import { getT } from "@/i18n/server";
import { getViewer } from "@/server/session";
import { COUNTRY_CODES } from "@/lib/reference/countries";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(props: Props): Promise<Metadata> {
  const locale = await localeFrom(props.params);
  const t = await getT(locale, ["stats"]);
  return { title: t("stats:title") };
}

// Per request: staff see exact figures of their own country on this same page, the public protected
// ones; nothing may be cached between the two.
export default async function StatsPage(props: Props) {
  await connection();
  const locale = await localeFrom(props.params);
  const asked = (await props.searchParams).country;
  const viewer = await getViewer();
  const staff = exactStatsScope(viewer);
  const [t, stats] = await Promise.all([
    getT(locale, ["stats"]),
    getStatsForViewer(viewer, { country: typeof asked === "string" ? asked : null }),
  ]);
  const exact = stats.mode === "exact";
  const scopeName = stats.country
    ? t(`common:countries.${stats.country}`)
    : stats.countries
      ? stats.countries.map((c) => t(`common:countries.${c}`)).join(", ")
      : t("stats:allCountries");
  const choices = sortByLabel(staff?.countries ?? COUNTRY_CODES, locale, (c) => t(`common:countries.${c}`));
  const csvHref = `/api/v1/stats/csv?locale=${locale}${stats.country ? `&country=${stats.country}` : ""}`;
  return (
    <div className="stack">
      <h1>{t("stats:title")}</h1>
      {exact ? (
        <Alert kind="info">
          <strong>{t("stats:staff.title")}</strong> {t("stats:staff.text", { scope: scopeName })}
        </Alert>
      ) : (
        <p className="lead">{t("stats:intro")}</p>
      )}
      {staff && !exact ? (
        // Staff looking beyond their own country get the public's figures (decision 177).
        <Alert kind="info">
          {t("stats:staff.protectedElsewhere", { home: t(`common:countries.${staff.home}`) })}
        </Alert>
      ) : null}
      <p>{t(exact ? "stats:staff.counting" : "stats:protection")}</p>
      {choices.length === 1 ? null : (
        <form method="get" className="no-print" aria-label={t("stats:filter.label")}>
          <div className="field">
            <label htmlFor="stats-country">{t("stats:filter.country")}</label>
            <select id="stats-country" name="country" defaultValue={stats.country ?? ""}>
              <option value="">{t("stats:allCountries")}</option>
              {choices.map((c) => (
                <option key={c} value={c}>
                  {t(`common:countries.${c}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button button--secondary">
            {t("stats:filter.submit")}
          </button>
        </form>
      )}
      <h2>{t("stats:summary.title", { scope: scopeName })}</h2>
      <StatsSummary stats={stats} t={t} />
      <p>
        <a href={csvHref} className="button button--secondary" download>
          {t("stats:csv")}
        </a>
      </p>
      {CSV_SECTIONS.map(({ section, cells }) => (
        <StatSection key={section} section={section} cells={cells(stats)} t={t} locale={locale} />
      ))}
    </div>
  );
}
