import { loadOrNotFound, requirePageViewer } from "@/server/page-guard";
import type { Metadata } from "next";
import Link from "next/link";
import { CascadeTreeView } from "@/features/training/components/cascade-tree-view";
import { CountrySwitch } from "@/features/training/components/country-switch";
import { CoverageTable, ExerciseLevelTable, LevelTable } from "@/features/training/components/coverage-table";
import { SessionsChart } from "@/features/training/components/sessions-chart";
import { TrainingNav } from "@/features/training/components/training-nav";
import { getCascade, getCoverage } from "@/features/training/coverage-data";
import { listTrainingCountries } from "@/features/training/form-options";
import { PRACTICE_TO_SANDBOX } from "@/features/training/page-guard";
import { LevelRulesForm } from "@/features/training/components/level-rules-form";
import { getLevelRules } from "@/features/training/level-rules";
import { I18nProvider } from "@/i18n/client";
import { localeFrom } from "@/i18n/params";
import { loadResources } from "@/i18n/resources";
import { getT } from "@/i18n/server";
import { can } from "@/server/policy";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(props: Props): Promise<Metadata> {
  const t = await getT(await localeFrom(props.params), ["training"]);
  return { title: t("training:coverage.title"), robots: { index: false } };
}

export default async function CoveragePage(props: Props) {
  const locale = await localeFrom(props.params);
  const viewer = await requirePageViewer(locale, "/training", "training:read", PRACTICE_TO_SANDBOX);
  const asked = (await props.searchParams).country;
  const country = typeof asked === "string" && /^[A-Z]{2}$/.test(asked) ? asked : viewer.countryCode;
  const [t, countries, coverage, tree, rules, resources] = await Promise.all([
    getT(locale, ["training"]),
    listTrainingCountries(viewer),
    loadOrNotFound(() => getCoverage(viewer, country)),
    loadOrNotFound(() => getCascade(viewer, country)),
    loadOrNotFound(() => getLevelRules(viewer, country)),
    loadResources(locale, ["training", "common"]),
  ]);
  const exportHref = (kind: string) =>
    `/api/training/coverage?country=${country}&kind=${kind}&locale=${locale}`;
  return (
    <div className="stack">
      <TrainingNav
        locale={locale}
        t={t}
        canManage={can(viewer, "training:manage")}
        canEditQuestions={can(viewer, "training:editQuestions")}
      />
      <h1>{t("training:coverage.heading", { country: t(`common:countries.${country}`) })}</h1>
      <CountrySwitch
        id="coverage-country"
        countries={countries}
        value={country}
        submitLabel={t("training:coverage.show")}
        t={t}
      />
      <p className="lead">
        {coverage.target
          ? t("training:coverage.summaryTarget", { total: coverage.total, target: coverage.target })
          : t("training:coverage.summary", { total: coverage.total })}
      </p>
      <section aria-labelledby="coverage-regions">
        <h2 id="coverage-regions">{t("training:coverage.byRegion")}</h2>
        <CoverageTable c={coverage} t={t} />
        <p className="hint">{t("training:coverage.countingRule")}</p>
        {can(viewer, "training:setTargets") ? (
          <p>
            <Link href={`/${locale}/training/coverage/targets?country=${country}`}>
              {t("training:targets.edit")}
            </Link>
          </p>
        ) : null}
        {coverage.upcoming ? (
          <p className="hint">{t("training:coverage.upcoming", { count: coverage.upcoming })}</p>
        ) : null}
      </section>
      <section aria-labelledby="coverage-levels">
        <h2 id="coverage-levels">{t("training:coverage.byLevel")}</h2>
        <LevelTable c={coverage} t={t} />
      </section>
      <section aria-labelledby="coverage-exercises">
        <h2 id="coverage-exercises">{t("training:coverage.byExercise")}</h2>
        <ExerciseLevelTable c={coverage} t={t} />
        <p className="hint">{t("training:coverage.exerciseRule")}</p>
      </section>
      <section aria-labelledby="coverage-rules">
        <h2 id="coverage-rules">{t("training:levelRules.title")}</h2>
        <p>{t("training:levelRules.intro")}</p>
        <I18nProvider locale={locale} resources={resources}>
          <LevelRulesForm countryCode={country} rules={rules} canManage={can(viewer, "training:manage")} />
        </I18nProvider>
      </section>
      <section aria-labelledby="coverage-tree">
        <h2 id="coverage-tree">{t("training:coverage.tree")}</h2>
        <p>{t("training:coverage.treeIntro")}</p>
        <CascadeTreeView roots={tree} locale={locale} t={t} />
      </section>
      <section aria-labelledby="coverage-chart">
        <h2 id="coverage-chart">{t("training:coverage.overTime")}</h2>
        <SessionsChart months={coverage.months} locale={locale} t={t} />
      </section>
      <section aria-labelledby="coverage-export">
        <h2 id="coverage-export">{t("training:coverage.export")}</h2>
        <ul>
          <li>
            <a href={exportHref("regions")} download>
              {t("training:coverage.exportRegions")}
            </a>
          </li>
          <li>
            <a href={exportHref("sessions")} download>
              {t("training:coverage.exportSessions")}
            </a>
          </li>
        </ul>
      </section>
    </div>
  );
}
