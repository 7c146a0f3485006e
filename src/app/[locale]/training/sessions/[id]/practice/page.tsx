import { loadOrNotFound, requirePageViewer } from "@/server/page-guard";
import type { Metadata } from "next";
import Link from "next/link";
import { publicBaseUrl } from "@/server/env";
import { requestHeaders } from "@/server/request-info";
import {
  PracticeCasesForm,
  PracticeLoginsForm,
  WipeForm,
} from "@/features/training/components/practice-tools";
import { TrainingNav } from "@/features/training/components/training-nav";
import { formatDate } from "@/features/training/format";
import { PRACTICE_TO_SANDBOX } from "@/features/training/page-guard";
import { ExerciseChoiceForm } from "@/features/training/components/exercise-choice-form";
import { ExerciseResultsTable } from "@/features/training/components/exercise-results";
import { getExerciseResults } from "@/features/training/exercise-data";
import { PracticeReviewsTable } from "@/features/training/components/practice-reviews-table";
import { getSessionReviews } from "@/features/training/practice-review-data";
import { getPracticeOverview } from "@/features/training/practice-data";
import { I18nProvider } from "@/i18n/client";
import { localeFrom } from "@/i18n/params";
import { loadResources } from "@/i18n/resources";
import { getT } from "@/i18n/server";
import { can } from "@/server/policy";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const t = await getT(await localeFrom(props.params), ["training"]);
  return { title: t("training:practice.title"), robots: { index: false } };
}

export default async function PracticeSandboxPage(props: Props) {
  const locale = await localeFrom(props.params);
  const { id } = await props.params;
  const viewer = await requirePageViewer(locale, "/training", "training:read", PRACTICE_TO_SANDBOX);
  const [p, results, reviews] = await Promise.all([
    loadOrNotFound(() => getPracticeOverview(viewer, id)),
    loadOrNotFound(() => getExerciseResults(viewer, id)),
    loadOrNotFound(() => getSessionReviews(viewer, id)),
  ]);
  const canManage = can(viewer, "training:manage");
  const [t, resources] = await Promise.all([
    getT(locale, ["training", "matches"]),
    loadResources(locale, ["training", "common"]),
  ]);
  const loginUrl = `${publicBaseUrl(await requestHeaders())}/${locale}/login`;
  return (
    <div className="stack">
      <TrainingNav locale={locale} t={t} canManage={canManage} />
      <p className="practice-banner" role="note">
        {t("training:practice.bannerTrainer")}
      </p>
      <h1>
        <span className="badge badge--practice">{t("common:practice")}</span> {t("training:practice.title")}
      </h1>
      <p>
        <Link href={`/${locale}/training/sessions/${p.id}`}>{p.title}</Link>
      </p>
      <p>{t("training:practice.intro")}</p>
      <I18nProvider locale={locale} resources={resources}>
        <section aria-labelledby="practice-logins">
          <h2 id="practice-logins">{t("training:practice.loginsTitle")}</h2>
          <p>{t("training:practice.loginsIntro")}</p>
          {canManage ? (
            <PracticeLoginsForm sessionId={p.id} loginUrl={loginUrl} unlinkedAttendees={p._count.attendees} />
          ) : null}
          {p.practiceLogins.length ? (
            <details className="no-print">
              <summary>{t("training:practice.existingLogins", { count: p.practiceLogins.length })}</summary>
              <ul>
                {p.practiceLogins.map((u) => (
                  <li key={u.id}>
                    <code>{u.email}</code>
                    {u.practiceFor ? ` · ${u.practiceFor.name}` : ""}
                    {u.disabledAt ? ` (${t("training:practice.disabled")})` : ""}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </section>
        <section aria-labelledby="practice-cases" className="no-print">
          <h2 id="practice-cases">{t("training:practice.casesTitle")}</h2>
          <p>{t("training:practice.casesIntro")}</p>
          {canManage ? <PracticeCasesForm sessionId={p.id} /> : null}
          {p.practiceCases.length ? (
            <div
              className="table-wrap"
              tabIndex={0}
              role="region"
              aria-label={t("training:practice.casesCaption", { count: p.practiceCases.length })}
            >
              <table>
                <caption>{t("training:practice.casesCaption", { count: p.practiceCases.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("training:practice.caseNumber")}</th>
                    <th scope="col">{t("training:practice.person")}</th>
                    <th scope="col">{t("training:practice.city")}</th>
                    <th scope="col">{t("training:practice.status")}</th>
                    <th scope="col">{t("training:practice.filed")}</th>
                  </tr>
                </thead>
                <tbody>
                  {p.practiceCases.map((c) => (
                    <tr key={c.id}>
                      <th scope="row">
                        <span className="badge badge--practice">{t("common:practice")}</span> {c.caseNumber}
                      </th>
                      <td>
                        {c.givenNames} {c.familyNames}
                      </td>
                      <td>{c.lastSeenCity}</td>
                      <td>{t(`common:status.${c.status}`)}</td>
                      <td>{formatDate(locale, c.createdAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p>{t("training:practice.noCases")}</p>
          )}
        </section>
        <section aria-labelledby="practice-exercises" className="no-print">
          <h2 id="practice-exercises">{t("training:exercises.title")}</h2>
          <p>{t("training:exercises.intro")}</p>
          {canManage ? <ExerciseChoiceForm sessionId={p.id} chosen={results.exercises} /> : null}
          <h3>{t("training:exercises.resultsTitle")}</h3>
          <ExerciseResultsTable r={results} t={t} />
          {results.exercises.includes("review-match") ? (
            <>
              <h3>{t("training:review.trainerTitle")}</h3>
              <PracticeReviewsTable rows={reviews} t={t} />
            </>
          ) : null}
        </section>
        {canManage ? (
          <section aria-labelledby="practice-wipe" className="no-print">
            <h2 id="practice-wipe">{t("training:practice.wipeTitle")}</h2>
            <p>{t("training:practice.wipeIntro")}</p>
            <WipeForm sessionId={p.id} />
          </section>
        ) : null}
      </I18nProvider>
    </div>
  );
}
