import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { MatchCriteria } from "@/features/matching/components/match-criteria";
import { ClaimSide, FoundSide } from "@/features/matching/components/match-sides";
import matchStyles from "@/features/matching/components/matches.module.css";
import { PracticeReviewForm } from "@/features/training/components/practice-review-form";
import { requirePracticeViewer } from "@/features/training/page-guard";
import { getMyPracticeReview } from "@/features/training/practice-review-data";
import { I18nProvider } from "@/i18n/client";
import { localeFrom } from "@/i18n/params";
import { loadResources } from "@/i18n/resources";
import { getT } from "@/i18n/server";
import { NotFoundError } from "@/server/errors";

type Props = { params: Promise<{ locale: string }> };

// Writes access-log rows on every view: never cached.
export const dynamic = "force-dynamic";

export async function generateMetadata(props: Props): Promise<Metadata> {
  const t = await getT(await localeFrom(props.params), ["training"]);
  return { title: t("training:review.title"), robots: { index: false } };
}

async function loadReview(viewer: Parameters<typeof getMyPracticeReview>[0]) {
  try {
    return await getMyPracticeReview(viewer);
  } catch (err) {
    if (err instanceof NotFoundError) return null;
    throw err;
  }
}

/** The trainee's practice proposed match, in the officers' compare view, and their decision. */
export default async function PracticeReviewPage(props: Props) {
  const locale = await localeFrom(props.params);
  const viewer = await requirePracticeViewer(locale);
  const [t, resources, r] = await Promise.all([
    getT(locale, ["training", "matches", "common", "found", "intake", "cases"]),
    loadResources(locale, ["training", "common"]),
    loadReview(viewer),
  ]);
  return (
    <article className="stack" aria-labelledby="review-title">
      <p>
        <Link href={`/${locale}/training/practice`}>{t("training:review.back")}</Link>
      </p>
      <h1 id="review-title">
        <span className="badge badge--practice">{t("common:practice")}</span> {t("training:review.title")}
      </h1>
      <p>{t("training:review.intro")}</p>
      {!r ? (
        <p>{t("training:review.notStarted")}</p>
      ) : (
        <>
          <div className={matchStyles.pair}>
            <ClaimSide
              r={r.claim}
              t={t}
              locale={locale}
              title={t("matches:compare.claim")}
              headingId="match-claim"
            />
            <FoundSide
              r={r.found}
              t={t}
              locale={locale}
              title={t("matches:compare.found")}
              headingId="match-found"
            />
          </div>
          <MatchCriteria p={r} t={t} />
          {r.samePerson === null ? (
            <I18nProvider locale={locale} resources={resources}>
              <PracticeReviewForm />
            </I18nProvider>
          ) : (
            <section className="stack" aria-labelledby="review-outcome">
              <h2 id="review-outcome">{t("training:review.decision")}</h2>
              <p>
                {t("training:review.decided", {
                  decision: t(`matches:statuses.${r.decision}`),
                  reason: r.reason ?? "",
                })}
              </p>
              <p>{t(r.samePerson ? "training:review.same" : "training:review.different")}</p>
              {(r.decision === "CONFIRMED") === r.samePerson ? (
                <Alert kind="success">{t("training:review.right")}</Alert>
              ) : (
                <Alert kind="error">{t("training:review.wrong")}</Alert>
              )}
            </section>
          )}
        </>
      )}
    </article>
  );
}
