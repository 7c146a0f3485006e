import { loadOrNotFound, requirePageViewer } from "@/server/page-guard";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ImportForm } from "@/features/training/components/import-form";
import { TrainingNav } from "@/features/training/components/training-nav";
import { PRACTICE_TO_SANDBOX } from "@/features/training/page-guard";
import { getSessionForViewer } from "@/features/training/session-data";
import { I18nProvider } from "@/i18n/client";
import { localeFrom } from "@/i18n/params";
import { loadResources } from "@/i18n/resources";
import { getT } from "@/i18n/server";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const t = await getT(await localeFrom(props.params), ["training"]);
  return { title: t("training:import.title"), robots: { index: false } };
}

export default async function ImportPage(props: Props) {
  const locale = await localeFrom(props.params);
  const { id } = await props.params;
  const viewer = await requirePageViewer(locale, "/training", "training:read", PRACTICE_TO_SANDBOX);
  const s = await loadOrNotFound(() => getSessionForViewer(viewer, id));
  if (!s.canManage) notFound();
  const [t, resources] = await Promise.all([
    getT(locale, ["training"]),
    loadResources(locale, ["training", "common"]),
  ]);
  return (
    <div className="stack">
      <TrainingNav locale={locale} t={t} canManage />
      <h1>{t("training:import.title")}</h1>
      <p>
        <Link href={`/${locale}/training/sessions/${s.id}`}>{s.title}</Link>
      </p>
      <p>{t("training:import.intro")}</p>
      <pre className="card">
        name,rank,unit,region,email{"\n"}Sgt. Ana Pop,Sergeant,Cayo Police,Cayo,ana.pop@example.org
      </pre>
      <p>{t("training:import.rules")}</p>
      <I18nProvider locale={locale} resources={resources}>
        <ImportForm sessionId={s.id} backHref={`/${locale}/training/sessions/${s.id}`} />
      </I18nProvider>
    </div>
  );
}
