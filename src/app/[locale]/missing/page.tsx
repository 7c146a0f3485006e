import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { BulletinList } from "@/features/bulletin/components/bulletin-card";
import { BulletinSearch } from "@/features/bulletin/components/bulletin-search";
import styles from "@/features/bulletin/components/bulletin.module.css";
import { listBulletin, listSearchRegions } from "@/features/bulletin/data";
import { pageFrom } from "@/features/bulletin/schemas";
import { I18nProvider } from "@/i18n/client";
import { sortByLabel } from "@/i18n/intl";
import { localeFrom } from "@/i18n/params";
import { loadResources } from "@/i18n/resources";
import { getT } from "@/i18n/server";
import { allowPublic } from "@/server/public-limits";
import { requestHeaders } from "@/server/request-info";
import { COUNTRY_CODES } from "@/lib/reference/countries";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(props: Props): Promise<Metadata> {
  const locale = await localeFrom(props.params);
  const t = await getT(locale, ["bulletin"]);
  // Forms here work without JavaScript; with the site-wide "no-referrer" policy a browser sends
  // `Origin: null` on a form post and Next refuses the server action. Same-origin only.
  return { title: t("bulletin:title"), robots: { index: false }, referrer: "same-origin" };
}

// Read at request time, never cached: the bulletin must drop a case the moment it is located
// or consent is withdrawn.
export default async function MissingPage(props: Props) {
  await connection();
  const locale = await localeFrom(props.params);
  const page = pageFrom((await props.searchParams).page);
  if (!(await allowPublic("bulletinList", await requestHeaders()))) {
    const t = await getT(locale, ["bulletin", "common"]);
    return (
      <div className="stack">
        <h1>{t("bulletin:title")}</h1>
        <p role="alert">{t("common:errors.rateLimited")}</p>
      </div>
    );
  }
  const [t, list, regions, resources] = await Promise.all([
    getT(locale, ["bulletin", "common"]),
    listBulletin({ page }),
    listSearchRegions(),
    loadResources(locale, ["bulletin", "validation", "common"]),
  ]);
  const pageHref = (n: number) => `/${locale}/missing${n > 1 ? `?page=${n}` : ""}`;
  return (
    <div className="stack">
      <h1>{t("bulletin:title")}</h1>
      <p className="lead">{t("bulletin:intro")}</p>
      <p>{t("bulletin:consentNote")}</p>
      <I18nProvider locale={locale} resources={resources}>
        <BulletinSearch
          locale={locale}
          countries={sortByLabel(COUNTRY_CODES, locale, (c) => t(`common:countries.${c}`))}
          regions={sortByLabel(regions, locale, (r) => r.name)}
        >
          <section aria-labelledby="bulletin-all-title">
            <h2 id="bulletin-all-title">{t("bulletin:list.title")}</h2>
            <p>{t("bulletin:list.count", { count: list.total })}</p>
            {list.items.length ? (
              <BulletinList items={list.items} t={t} locale={locale} />
            ) : (
              <p>{t("bulletin:list.empty")}</p>
            )}
            {list.pageCount > 1 ? (
              <nav className={styles.pager} aria-label={t("bulletin:list.pages")}>
                {list.page > 1 ? (
                  <Link href={pageHref(list.page - 1)}>{t("bulletin:list.previous")}</Link>
                ) : (
                  <span />
                )}
                <span>{t("bulletin:list.pageOf", { page: list.page, count: list.pageCount })}</span>
                {list.page < list.pageCount ? (
                  <Link href={pageHref(list.page + 1)}>{t("bulletin:list.next")}</Link>
                ) : (
                  <span />
                )}
              </nav>
            ) : null}
          </section>
        </BulletinSearch>
      </I18nProvider>
    </div>
  );
}
