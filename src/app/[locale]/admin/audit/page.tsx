import type { Metadata } from "next";
import { AuditSearch } from "@/features/admin/components/audit-search";
import { I18nProvider } from "@/i18n/client";
import { localeFrom } from "@/i18n/params";
import { loadResources } from "@/i18n/resources";
import { getT } from "@/i18n/server";
import { requirePageViewer } from "@/server/page-guard";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const t = await getT(await localeFrom(props.params), ["admin"]);
  return { title: t("admin:audit.title"), robots: { index: false } };
}

export default async function AuditPage(props: Props) {
  const locale = await localeFrom(props.params);
  const viewer = await requirePageViewer(locale, "/admin/audit", "audit:read");
  const [t, resources] = await Promise.all([
    getT(locale, ["admin"]),
    loadResources(locale, ["admin", "common"]),
  ]);
  return (
    <div className="stack">
      <h1>{t("admin:audit.title")}</h1>
      <p>{t("admin:audit.intro")}</p>
      <I18nProvider locale={locale} resources={resources}>
        <AuditSearch locale={locale} country={viewer.countryCode} />
      </I18nProvider>
    </div>
  );
}
