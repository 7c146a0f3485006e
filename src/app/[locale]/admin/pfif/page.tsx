import { requirePageViewer } from "@/server/page-guard";
import type { Metadata } from "next";
import { PfifUploadForm } from "@/features/partners/components/pfif-upload-form";
import { I18nProvider } from "@/i18n/client";
import { localeFrom } from "@/i18n/params";
import { loadResources } from "@/i18n/resources";
import { getT } from "@/i18n/server";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const t = await getT(await localeFrom(props.params), ["partners"]);
  return { title: t("partners:pfif.title"), robots: { index: false } };
}

export default async function PfifImportPage(props: Props) {
  const locale = await localeFrom(props.params);
  await requirePageViewer(locale, "/admin/pfif", "user:manage");
  const [t, resources] = await Promise.all([
    getT(locale, ["partners"]),
    loadResources(locale, ["partners", "common", "validation", "admin", "intake"]),
  ]);
  return (
    <div className="stack">
      <h1>{t("partners:pfif.title")}</h1>
      <p>{t("partners:pfif.intro")}</p>
      <I18nProvider locale={locale} resources={resources}>
        <PfifUploadForm locale={locale} />
      </I18nProvider>
    </div>
  );
}
