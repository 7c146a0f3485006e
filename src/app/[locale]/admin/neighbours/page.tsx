import { requirePageViewer } from "@/server/page-guard";
import type { Metadata } from "next";
import { AddNeighbourForm, RemoveNeighbourButton } from "@/features/admin/components/neighbour-forms";
import {
  canEditNeighbours,
  listNeighbourCountries,
  listNeighbourPairs,
} from "@/features/admin/neighbours-data";
import { I18nProvider } from "@/i18n/client";
import { formatDate } from "@/i18n/intl";
import { localeFrom } from "@/i18n/params";
import { loadResources } from "@/i18n/resources";
import { getT } from "@/i18n/server";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const t = await getT(await localeFrom(props.params), ["admin"]);
  return { title: t("admin:neighbours.title"), robots: { index: false } };
}

export default async function NeighboursPage(props: Props) {
  const locale = await localeFrom(props.params);
  const viewer = await requirePageViewer(locale, "/admin/neighbours", "neighbour:manage");
  const editable = canEditNeighbours(viewer);
  const [t, pairs, countries, resources] = await Promise.all([
    getT(locale, ["admin", "common"]),
    listNeighbourPairs(viewer),
    listNeighbourCountries(viewer),
    loadResources(locale, ["admin", "common"]),
  ]);
  return (
    <I18nProvider locale={locale} resources={resources}>
      <div className="stack">
        <h1>{t("admin:neighbours.title")}</h1>
        <p>{t("admin:neighbours.intro")}</p>
        {editable ? null : <p>{t("admin:neighbours.readOnly")}</p>}
        {pairs.length ? (
          <div className="table-wrap" tabIndex={0} role="region" aria-label={t("admin:neighbours.caption")}>
            <table>
              <caption className="visually-hidden">{t("admin:neighbours.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("admin:neighbours.pair")}</th>
                  <th scope="col">{t("admin:neighbours.since")}</th>
                  {editable ? <th scope="col">{t("admin:neighbours.actions")}</th> : null}
                </tr>
              </thead>
              <tbody>
                {pairs.map((p) => (
                  <tr key={`${p.a}-${p.b}`}>
                    <td>
                      {t(`common:countries.${p.a}`)} — {t(`common:countries.${p.b}`)}
                    </td>
                    <td>{formatDate(p.createdAt, locale)}</td>
                    {editable ? (
                      <td>
                        <RemoveNeighbourButton locale={locale} a={p.a} b={p.b} />
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p>{t("admin:neighbours.empty")}</p>
        )}
        {editable ? (
          <section aria-labelledby="nb-new" className="stack">
            <h2 id="nb-new">{t("admin:neighbours.new")}</h2>
            <AddNeighbourForm locale={locale} countries={countries} />
          </section>
        ) : null}
      </div>
    </I18nProvider>
  );
}
