import { requirePageViewer } from "@/server/page-guard";
import type { Metadata } from "next";
import { OrganizationForm } from "@/features/admin/components/organization-form";
import { OrganizationContactForm } from "@/features/admin/components/organization-contact-form";
import {
  getPlacementOptions,
  placementInReadingOrder,
  listOrganizations,
} from "@/features/admin/organizations-data";
import { I18nProvider } from "@/i18n/client";
import { localeFrom } from "@/i18n/params";
import { loadResources } from "@/i18n/resources";
import { getT } from "@/i18n/server";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const t = await getT(await localeFrom(props.params), ["admin"]);
  return { title: t("admin:organizations.title"), robots: { index: false } };
}

export default async function OrganizationsPage(props: Props) {
  const locale = await localeFrom(props.params);
  const viewer = await requirePageViewer(locale, "/admin/organizations", "user:manage");
  const [t, orgs, placement, resources] = await Promise.all([
    getT(locale, ["admin"]),
    listOrganizations(viewer),
    getPlacementOptions(viewer),
    loadResources(locale, ["admin", "common"]),
  ]);
  const options = placementInReadingOrder(placement, locale, t);
  return (
    <div className="stack">
      <h1>{t("admin:organizations.title")}</h1>
      {orgs.length ? (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t("admin:organizations.caption")}>
          <table>
            <caption className="visually-hidden">{t("admin:organizations.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("admin:organizations.name")}</th>
                <th scope="col">{t("admin:organizations.kind")}</th>
                <th scope="col">{t("admin:form.country")}</th>
                <th scope="col">{t("admin:organizations.staff")}</th>
              </tr>
            </thead>
            <tbody>
              {orgs.map((o) => (
                <tr key={o.id}>
                  <td>{o.name}</td>
                  <td>{t(`admin:organizations.kinds.${o.kind}`)}</td>
                  <td>
                    {t(`common:countries.${o.countryCode}`)}
                    {o.region ? ` · ${o.region.name}` : null}
                  </td>
                  <td>{o._count.users}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t("admin:organizations.empty")}</p>
      )}
      {orgs.length ? (
        <section aria-labelledby="org-contact" className="stack">
          <h2 id="org-contact">{t("admin:organizations.contactTitle")}</h2>
          <p>{t("admin:organizations.contactIntro")}</p>
          <I18nProvider locale={locale} resources={resources}>
            {orgs
              .filter((o) => o.kind === "POLICE_UNIT" || o.kind === "NGO")
              .map((o) => (
                <OrganizationContactForm key={o.id} locale={locale} org={o} />
              ))}
          </I18nProvider>
        </section>
      ) : null}
      <section aria-labelledby="org-new" className="stack">
        <h2 id="org-new">{t("admin:organizations.new")}</h2>
        <I18nProvider locale={locale} resources={resources}>
          <OrganizationForm locale={locale} options={options} />
        </I18nProvider>
      </section>
    </div>
  );
}
