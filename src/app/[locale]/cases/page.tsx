import { requirePageViewer } from "@/server/page-guard";
import { sortByLabel } from "@/i18n/intl";
import type { Metadata } from "next";
import Link from "next/link";
import { COUNTRY_CODES } from "@/lib/reference/countries";
import { CaseSearch } from "@/features/cases/components/case-search";
import { listRegionOptions, searchCases } from "@/features/cases/data";
import { CASE_QUEUES, CaseListInput, CaseQueueParam } from "@/features/cases/schemas";
import { I18nProvider } from "@/i18n/client";
import { localeFrom } from "@/i18n/params";
import { loadResources } from "@/i18n/resources";
import { getT } from "@/i18n/server";
import { can, caseReadScope } from "@/server/policy";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const dynamic = "force-dynamic";

export async function generateMetadata(props: Props): Promise<Metadata> {
  const locale = await localeFrom(props.params);
  const t = await getT(locale, ["cases"]);
  return { title: t("cases:search.title"), robots: { index: false } };
}

export default async function CasesPage(props: Props) {
  const locale = await localeFrom(props.params);
  const viewer = await requirePageViewer(locale, "/cases", "case:search", { practice: "allow" });
  // Only the queue's name comes from the address (decision 148); search terms never do.
  const named = (await props.searchParams).queue;
  const queue = named === undefined ? null : CaseQueueParam.parse(named);
  const firstPage = queue && queue !== "all" ? { queue, sort: "newest" } : null;
  const [t, resources, regions, initial] = await Promise.all([
    getT(locale, ["cases"]),
    loadResources(locale, ["cases", "common"]),
    listRegionOptions(viewer),
    firstPage ? searchCases(viewer, CaseListInput.parse(firstPage)) : null,
  ]);
  // Offer only the countries the viewer can actually see (an NGO sees its own country).
  const scope = caseReadScope(viewer);
  const countries = typeof scope.countryCode === "string" ? [scope.countryCode] : COUNTRY_CODES;
  // Both lists in the reader's alphabetical order (decision 105); region names are proper names.
  const countryLabel = (c: string) => t(`common:countries.${c}`);
  return (
    <div className="stack">
      {/* A practice login sees the header's practice banner on every page (one, not two). */}
      <h1>{t("cases:search.title")}</h1>
      <p>{t("cases:search.intro")}</p>
      <nav aria-label={t("cases:queues.label")} className="actions">
        {CASE_QUEUES.filter((q) => q !== "all").map((q) => (
          <Link
            key={q}
            href={`/${locale}/cases?queue=${q}`}
            className="button button--secondary"
            aria-current={queue === q ? "page" : undefined}
          >
            {t(`cases:queues.${q}`)}
          </Link>
        ))}
        {can(viewer, "case:updateStatus") && !viewer.practiceSessionId ? (
          <Link href={`/${locale}/cases/check-ins`} className="button button--secondary">
            {t("cases:queues.checkIns")}
          </Link>
        ) : null}
      </nav>
      <I18nProvider locale={locale} resources={resources}>
        {/* Keyed by the queue: following a queue link starts that queue afresh. */}
        <CaseSearch
          key={queue ?? "search"}
          locale={locale}
          countries={sortByLabel(countries, locale, countryLabel)}
          regions={sortByLabel(regions, locale, (r) => r.name)}
          userId={viewer.id}
          queue={queue}
          initial={initial && firstPage ? { ok: true, data: initial, values: firstPage } : null}
        />
      </I18nProvider>
    </div>
  );
}
