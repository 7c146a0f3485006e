import type { Metadata } from "next";
import { QuestionForm } from "@/features/training/components/question-form";
import { TrainingNav } from "@/features/training/components/training-nav";
import { getQuestionForEditor } from "@/features/training/knowledge-questions-data";
import { PRACTICE_TO_SANDBOX } from "@/features/training/page-guard";
import { I18nProvider } from "@/i18n/client";
import { localeFrom } from "@/i18n/params";
import { loadResources } from "@/i18n/resources";
import { getT } from "@/i18n/server";
import { loadOrNotFound, requirePageViewer } from "@/server/page-guard";
import { can } from "@/server/policy";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const t = await getT(await localeFrom(props.params), ["training"]);
  return { title: t("training:questions.editTitle"), robots: { index: false } };
}

export default async function EditQuestionPage(props: Props) {
  const locale = await localeFrom(props.params);
  const { id } = await props.params;
  const viewer = await requirePageViewer(
    locale,
    `/training/questions/${id}`,
    "training:editQuestions",
    PRACTICE_TO_SANDBOX,
  );
  const [t, q, resources] = await Promise.all([
    getT(locale, ["training"]),
    loadOrNotFound(() => getQuestionForEditor(viewer, id)),
    loadResources(locale, ["training", "common"]),
  ]);
  return (
    <div className="stack">
      <TrainingNav locale={locale} t={t} canManage={can(viewer, "training:manage")} canEditQuestions />
      <h1>{t("training:questions.editTitle")}</h1>
      <p>{t("training:questions.editNote")}</p>
      <I18nProvider locale={locale} resources={resources}>
        <QuestionForm
          locale={locale}
          countryCode={q.countryCode}
          listHref={`/${locale}/training/questions?country=${q.countryCode}`}
          question={q}
        />
      </I18nProvider>
    </div>
  );
}
