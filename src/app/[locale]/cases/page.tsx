import { requirePageViewer } from "@/server/page-guard";
import { sortByLabel } from "@/i18n/intl";
import type { Metadata } from "next";
import { COUNTRY_CODES } from "@/lib/reference/countries";
import { CaseSearch } from "@/features/cases/components/case-search";
import { listRegionOptions } from "@/features/cases/data";
import { I18nProvider } from "@/i18n/client";
import { localeFrom } from "@/i18n/params";
import { loadResources } from "@/i18n/resources";
import { getT } from "@/i18n/server";
import { caseReadScope } from "@/server/policy";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const locale = await localeFrom(props.params);
  const t = await getT(locale, ["cases"]);
  return { title: t("cases:search.title"), robots: { index: false } };
}

export default async function CasesPage(props: Props) {
  const locale = await localeFrom(props.params);
  const viewer = await requirePageViewer(locale, "/cases", "case:search", { practice: "allow" });
  const [t, resources, regions] = await Promise.all([
    getT(locale, ["cases"]),
    loadResources(locale, ["cases", "common"]),
    listRegionOptions(viewer),
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
      <I18nProvider locale={locale} resources={resources}>
        <CaseSearch
          locale={locale}
          countries={sortByLabel(countries, locale, countryLabel)}
          regions={sortByLabel(regions, locale, (r) => r.name)}
        />
      </I18nProvider>
    </div>
  );
}
