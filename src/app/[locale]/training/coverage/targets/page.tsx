import type { Metadata } from "next";
import Link from "next/link";
import { TargetForm } from "@/features/training/components/target-form";
import { TrainingNav } from "@/features/training/components/training-nav";
import { PRACTICE_TO_SANDBOX } from "@/features/training/page-guard";
import { getTargetsForEditor } from "@/features/training/target-data";
import { I18nProvider } from "@/i18n/client";
import { localeFrom } from "@/i18n/params";
import { loadResources } from "@/i18n/resources";
import { getT } from "@/i18n/server";
import { loadOrNotFound, requirePageViewer } from "@/server/page-guard";
import { can } from "@/server/policy";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(props: Props): Promise<Metadata> {
  const t = await getT(await localeFrom(props.params), ["training"]);
  return { title: t("training:targets.title"), robots: { index: false } };
}

/** The coverage targets of one country (decision 180): its admins and trainers. */
export default async function TargetsPage(props: Props) {
  const locale = await localeFrom(props.params);
  const viewer = await requirePageViewer(
    locale,
    "/training/coverage/targets",
    "training:setTargets",
    PRACTICE_TO_SANDBOX,
  );
  const asked = (await props.searchParams).country;
  const country = typeof asked === "string" && /^[A-Z]{2}$/.test(asked) ? asked : viewer.countryCode;
  const [t, targets, resources] = await Promise.all([
    getT(locale, ["training"]),
    loadOrNotFound(() => getTargetsForEditor(viewer, country)),
    loadResources(locale, ["training", "common"]),
  ]);
  const coverageHref = `/${locale}/training/coverage?country=${country}`;
  return (
    <div className="stack">
      <TrainingNav
        locale={locale}
        t={t}
        canManage={can(viewer, "training:manage")}
        canEditQuestions={can(viewer, "training:editQuestions")}
      />
      <h1>{t("training:targets.heading", { country: t(`common:countries.${country}`) })}</h1>
      <p>{t("training:targets.intro")}</p>
      <I18nProvider locale={locale} resources={resources}>
        <TargetForm targets={targets} coverageHref={coverageHref} />
      </I18nProvider>
      <p>
        <Link href={coverageHref}>{t("training:targets.backToCoverage")}</Link>
      </p>
    </div>
  );
}
