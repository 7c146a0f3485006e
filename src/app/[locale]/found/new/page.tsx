import { requirePageViewer } from "@/server/page-guard";
import type { Metadata } from "next";
import { FoundForm } from "@/features/found/components/found-form";
import { I18nProvider } from "@/i18n/client";
import { localeFrom } from "@/i18n/params";
import { loadResources } from "@/i18n/resources";
import { getT } from "@/i18n/server";
import { getDb } from "@/server/db";

type Props = { params: Promise<{ locale: string }> };

export const dynamic = "force-dynamic";

export async function generateMetadata(props: Props): Promise<Metadata> {
  const locale = await localeFrom(props.params);
  const t = await getT(locale, ["found"]);
  return { title: t("found:form.title"), robots: { index: false } };
}

export default async function NewFoundPage(props: Props) {
  const locale = await localeFrom(props.params);
  const viewer = await requirePageViewer(locale, "/found/new", "found:create");
  const db = await getDb();
  const [t, resources, regions] = await Promise.all([
    getT(locale, ["found"]),
    loadResources(locale, ["found", "intake", "validation", "common"]),
    // Records are filed in the recorder's own country: only its regions are offered.
    db.region.findMany({
      where: { countryCode: viewer.countryCode },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
  ]);
  return (
    <div className="stack">
      <h1>{t("found:form.title")}</h1>
      <p>{t("found:form.intro")}</p>
      <I18nProvider locale={locale} resources={resources}>
        <FoundForm locale={locale} regions={regions} />
      </I18nProvider>
    </div>
  );
}
