import { requirePageViewer } from "@/server/page-guard";
import { sortByLabel } from "@/i18n/intl";
import type { Metadata } from "next";
import Link from "next/link";
import { COUNTRY_CODES } from "@/lib/reference/countries";
import { FoundSearch } from "@/features/found/components/found-search";
import { searchFoundPersons } from "@/features/found/data";
import { FoundSearchInput } from "@/features/found/schemas";
import { I18nProvider } from "@/i18n/client";
import { localeFrom } from "@/i18n/params";
import { loadResources } from "@/i18n/resources";
import { getT } from "@/i18n/server";
import { can, foundReadAccess } from "@/server/policy";
import { scopeCountries } from "@/server/scope";

type Props = { params: Promise<{ locale: string }> };

export const dynamic = "force-dynamic";

export async function generateMetadata(props: Props): Promise<Metadata> {
  const locale = await localeFrom(props.params);
  const t = await getT(locale, ["found"]);
  return { title: t("found:list.title"), robots: { index: false } };
}

export default async function FoundListPage(props: Props) {
  const locale = await localeFrom(props.params);
  const viewer = await requirePageViewer(locale, "/found", "found:search");
  const [t, resources, first] = await Promise.all([
    getT(locale, ["found"]),
    loadResources(locale, ["found", "common"]),
    searchFoundPersons(viewer, FoundSearchInput.parse({})),
  ]);
  // Offer only the countries the viewer can see (everyone but police sees their own).
  const covered = scopeCountries(foundReadAccess(viewer));
  const countries = sortByLabel(covered ?? COUNTRY_CODES, locale, (c) => t(`common:countries.${c}`));
  return (
    <div className="stack">
      <h1>{t("found:list.title")}</h1>
      <p>{t("found:list.intro")}</p>
      {can(viewer, "found:create") ? (
        <p className="actions">
          <Link className="button" href={`/${locale}/found/new`}>
            {t("found:list.newRecord")}
          </Link>
        </p>
      ) : null}
      <I18nProvider locale={locale} resources={resources}>
        <FoundSearch locale={locale} countries={countries} initial={{ ok: true, data: first }} />
      </I18nProvider>
    </div>
  );
}
