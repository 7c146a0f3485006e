import { loadOrNotFound } from "@/server/page-guard";
import type { Metadata } from "next";
import crypto from "node:crypto";
import { PracticeClaimForm } from "@/features/training/components/practice-claim-form";
import { listPracticeRegions } from "@/features/training/practice-data";
import { requirePracticeViewer } from "@/features/training/page-guard";
import { getPracticeContext } from "@/features/training/practice-data";
import { I18nProvider } from "@/i18n/client";
import { localeFrom } from "@/i18n/params";
import { loadResources } from "@/i18n/resources";
import { getT } from "@/i18n/server";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const t = await getT(await localeFrom(props.params), ["training"]);
  return { title: t("training:practice.fileClaim"), robots: { index: false } };
}

export default async function PracticeReportPage(props: Props) {
  const locale = await localeFrom(props.params);
  const viewer = await requirePracticeViewer(locale);
  const s = await loadOrNotFound(() => getPracticeContext(viewer));
  const [t, regions, resources] = await Promise.all([
    getT(locale, ["training"]),
    listPracticeRegions(viewer),
    loadResources(locale, ["training", "common"]),
  ]);
  return (
    <div className="stack">
      <h1>
        <span className="badge badge--practice">{t("common:practice")}</span>{" "}
        {t("training:practice.fileClaim")}
      </h1>
      <p>{t("training:practice.fileClaimText")}</p>
      <I18nProvider locale={locale} resources={resources}>
        <PracticeClaimForm
          locale={locale}
          countryCode={s.countryCode}
          regions={regions}
          submissionId={crypto.randomUUID()}
        />
      </I18nProvider>
    </div>
  );
}
