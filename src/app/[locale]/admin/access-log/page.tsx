import { requirePageViewer } from "@/server/page-guard";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AccessLogViewer } from "@/features/admin/components/access-log-viewer";
import { I18nProvider } from "@/i18n/client";
import { localeFrom } from "@/i18n/params";
import { loadResources } from "@/i18n/resources";
import { getT } from "@/i18n/server";
import { can } from "@/server/policy";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const t = await getT(await localeFrom(props.params), ["admin"]);
  return { title: t("admin:accessLog.title"), robots: { index: false } };
}

export default async function AccessLogPage(props: Props) {
  const locale = await localeFrom(props.params);
  const viewer = await requirePageViewer(locale, "/admin/access-log", "user:manage");
  if (!can(viewer, "case:readAccessLog")) notFound();
  const [t, resources] = await Promise.all([
    getT(locale, ["admin"]),
    loadResources(locale, ["admin", "common"]),
  ]);
  return (
    <div className="stack">
      <h1>{t("admin:accessLog.title")}</h1>
      <p>{t("admin:accessLog.intro")}</p>
      <I18nProvider locale={locale} resources={resources}>
        <AccessLogViewer locale={locale} country={viewer.countryCode} />
      </I18nProvider>
    </div>
  );
}
