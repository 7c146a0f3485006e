import { requirePageViewer } from "@/server/page-guard";
import { sortByLabel } from "@/i18n/intl";
import type { Metadata } from "next";
import { formatDateTime } from "@/lib/dates";
import { CLAIM_COUNTRIES } from "@/lib/case-options";
import { scopeLabelKey } from "@/server/api-scopes";
import { RevokeTokenButton } from "@/features/partners/components/revoke-token-button";
import { TokenForm } from "@/features/partners/components/token-form";
import { listApiTokens, listTokenOrganizations } from "@/features/partners/token-data";
import { I18nProvider } from "@/i18n/client";
import { localeFrom } from "@/i18n/params";
import { loadResources } from "@/i18n/resources";
import { getT } from "@/i18n/server";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const t = await getT(await localeFrom(props.params), ["partners"]);
  return { title: t("partners:tokens.title"), robots: { index: false } };
}

export default async function TokensPage(props: Props) {
  const locale = await localeFrom(props.params);
  const viewer = await requirePageViewer(locale, "/admin/tokens", "user:manage");
  const [t, tokens, organizations, resources] = await Promise.all([
    getT(locale, ["partners", "common"]),
    listApiTokens(viewer),
    listTokenOrganizations(viewer),
    loadResources(locale, ["partners", "common", "validation", "admin"]),
  ]);
  // A country admin issues tokens for their country's organisations; a police token may still
  // cover other countries (a registry that looks across the border), never more than its unit's
  // staff could see (policy.ts). An NGO's token is held to the NGO's country by the data layer.
  const countries = sortByLabel(CLAIM_COUNTRIES, locale, (c) => t(`common:countries.${c}`));
  const STATE_LABEL = {
    active: t("partners:tokens.active"),
    expired: t("partners:tokens.expired"),
    revoked: t("partners:tokens.revokedStatus"),
  };
  return (
    <div className="stack">
      <h1>{t("partners:tokens.title")}</h1>
      <p>{t("partners:tokens.intro")}</p>
      <I18nProvider locale={locale} resources={resources}>
        {tokens.length ? (
          <div className="table-wrap" tabIndex={0} role="region" aria-label={t("partners:tokens.title")}>
            <table className="card-table">
              <caption className="visually-hidden">{t("partners:tokens.title")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("partners:tokens.colName")}</th>
                  <th scope="col">{t("partners:tokens.colOrganization")}</th>
                  <th scope="col">{t("partners:tokens.colPrefix")}</th>
                  <th scope="col">{t("partners:tokens.colScopes")}</th>
                  <th scope="col">{t("partners:tokens.colCountries")}</th>
                  <th scope="col">{t("partners:tokens.colExpires")}</th>
                  <th scope="col">{t("partners:tokens.colLastUsed")}</th>
                  <th scope="col">{t("partners:tokens.colCalls")}</th>
                  <th scope="col">{t("partners:tokens.colStatus")}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t("partners:tokens.revoke")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {tokens.map((tk) => (
                  <tr key={tk.id}>
                    <td data-label={t("partners:tokens.colName")}>{tk.name}</td>
                    <td data-label={t("partners:tokens.colOrganization")}>{tk.organization.name}</td>
                    <td data-label={t("partners:tokens.colPrefix")}>
                      <code>{tk.prefix}</code>
                    </td>
                    <td data-label={t("partners:tokens.colScopes")}>
                      {tk.scopes.map((s) => t(scopeLabelKey(s))).join(", ")}
                    </td>
                    <td data-label={t("partners:tokens.colCountries")}>{tk.countryCodes.join(", ")}</td>
                    <td data-label={t("partners:tokens.colExpires")}>
                      {formatDateTime(tk.expiresAt, locale, tk.organization.countryCode)}
                    </td>
                    <td data-label={t("partners:tokens.colLastUsed")}>
                      {tk.lastUsedAt
                        ? formatDateTime(tk.lastUsedAt, locale, tk.organization.countryCode)
                        : t("partners:tokens.never")}
                    </td>
                    <td data-label={t("partners:tokens.colCalls")}>{tk._count.calls}</td>
                    <td data-label={t("partners:tokens.colStatus")}>{STATE_LABEL[tk.state]}</td>
                    <td data-label={t("partners:tokens.revoke")}>
                      {tk.revokedAt ? null : <RevokeTokenButton id={tk.id} locale={locale} name={tk.name} />}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p>{t("partners:tokens.empty")}</p>
        )}
        <section aria-labelledby="token-new" className="stack">
          <h2 id="token-new">{t("partners:tokens.new")}</h2>
          <TokenForm locale={locale} organizations={organizations} countries={countries} />
        </section>
      </I18nProvider>
    </div>
  );
}
