import type { Metadata } from "next";
import { QuestionForm } from "@/features/training/components/question-form";
import { TrainingNav } from "@/features/training/components/training-nav";
import { getQuestionsForEditor } from "@/features/training/knowledge-questions-data";
import { PRACTICE_TO_SANDBOX } from "@/features/training/page-guard";
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
  return { title: t("training:questions.newTitle"), robots: { index: false } };
}

export default async function NewQuestionPage(props: Props) {
  const locale = await localeFrom(props.params);
  const viewer = await requirePageViewer(
    locale,
    "/training/questions/new",
    "training:editQuestions",
    PRACTICE_TO_SANDBOX,
  );
  const asked = (await props.searchParams).country;
  const country = typeof asked === "string" && /^[A-Z]{2}$/.test(asked) ? asked : viewer.countryCode;
  // The same check as the save: a country the viewer does not edit is not found.
  await loadOrNotFound(() => getQuestionsForEditor(viewer, country));
  const [t, resources] = await Promise.all([
    getT(locale, ["training"]),
    loadResources(locale, ["training", "common"]),
  ]);
  return (
    <div className="stack">
      <TrainingNav locale={locale} t={t} canManage={can(viewer, "training:manage")} canEditQuestions />
      <h1>{t("training:questions.newTitle")}</h1>
      <I18nProvider locale={locale} resources={resources}>
        <QuestionForm
          locale={locale}
          countryCode={country}
          listHref={`/${locale}/training/questions?country=${country}`}
        />
      </I18nProvider>
    </div>
  );
}
