import type { Metadata } from "next";
import Link from "next/link";
import { CountrySwitch } from "@/features/training/components/country-switch";
import { QuestionRetire } from "@/features/training/components/question-retire";
import { TrainingNav } from "@/features/training/components/training-nav";
import { listTrainingCountries } from "@/features/training/form-options";
import { getQuestionsForEditor, localized } from "@/features/training/knowledge-questions-data";
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
  return { title: t("training:questions.title"), robots: { index: false } };
}

/** A country's knowledge-check questions: asked now (in order), then retired. */
export default async function QuestionsPage(props: Props) {
  const locale = await localeFrom(props.params);
  const viewer = await requirePageViewer(
    locale,
    "/training/questions",
    "training:editQuestions",
    PRACTICE_TO_SANDBOX,
  );
  const asked = (await props.searchParams).country;
  const country = typeof asked === "string" && /^[A-Z]{2}$/.test(asked) ? asked : viewer.countryCode;
  const [t, countries, questions, resources] = await Promise.all([
    getT(locale, ["training"]),
    listTrainingCountries(viewer),
    loadOrNotFound(() => getQuestionsForEditor(viewer, country)),
    loadResources(locale, ["training", "common"]),
  ]);
  const active = questions.filter((q) => !q.retiredAt);
  const retired = questions.filter((q) => q.retiredAt);
  const list = (qs: typeof questions, headingId: string) => (
    <ol className="stack" aria-labelledby={headingId}>
      {qs.map((q) => {
        const shown = localized(q, locale);
        return (
          <li key={q.id} className="card">
            <p>
              <strong>{shown.text}</strong>
            </p>
            <ul>
              {shown.options.map((o, n) => (
                <li key={n}>
                  {o}
                  {n === q.correct ? ` (${t("training:questions.rightMark")})` : ""}
                </li>
              ))}
            </ul>
            <div className="actions">
              <Link
                href={`/${locale}/training/questions/${q.id}`}
                aria-label={`${t("training:questions.edit")}: ${shown.text}`}
              >
                {t("training:questions.edit")}
              </Link>
              <QuestionRetire id={q.id} retired={!!q.retiredAt} label={shown.text} />
            </div>
          </li>
        );
      })}
    </ol>
  );
  return (
    <div className="stack">
      <TrainingNav locale={locale} t={t} canManage={can(viewer, "training:manage")} canEditQuestions />
      <h1>{t("training:questions.heading", { country: t(`common:countries.${country}`) })}</h1>
      <CountrySwitch
        id="questions-country"
        countries={countries}
        value={country}
        submitLabel={t("training:coverage.show")}
        t={t}
      />
      <p className="lead">{t("training:questions.intro")}</p>
      <p>
        <Link className="button" href={`/${locale}/training/questions/new?country=${country}`}>
          {t("training:questions.new")}
        </Link>
      </p>
      <I18nProvider locale={locale} resources={resources}>
        <section aria-labelledby="questions-active" className="stack">
          <h2 id="questions-active">{t("training:questions.active", { count: active.length })}</h2>
          {list(active, "questions-active")}
        </section>
        {retired.length ? (
          <section aria-labelledby="questions-retired" className="stack">
            <h2 id="questions-retired">{t("training:questions.retired")}</h2>
            {list(retired, "questions-retired")}
          </section>
        ) : null}
      </I18nProvider>
    </div>
  );
}
