import { loadOrNotFound } from "@/server/page-guard";
import type { Metadata } from "next";
import Link from "next/link";
import { formatDate } from "@/features/training/format";
import { requirePracticeViewer } from "@/features/training/page-guard";
import { MyExercises } from "@/features/training/components/my-exercises";
import { getMyExercises } from "@/features/training/exercise-data";
import { getPracticeContext } from "@/features/training/practice-data";
import { getMyCertificate } from "@/features/training/certificate-data";
import { certificateVerifyUrl } from "@/features/training/certificate-qr";
import { QrCode } from "@/components/ui/qr-code";
import styles from "@/features/training/components/training.module.css";
import { KnowledgeCheckForm } from "@/features/training/components/knowledge-check-form";
import { getMyKnowledgeChecks } from "@/features/training/knowledge-data";
import { requestHeaders } from "@/server/request-info";
import { I18nProvider } from "@/i18n/client";
import { loadResources } from "@/i18n/resources";
import { localeFrom } from "@/i18n/params";
import { getT } from "@/i18n/server";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const t = await getT(await localeFrom(props.params), ["training"]);
  return { title: t("training:practice.homeTitle"), robots: { index: false } };
}

/** Home of a practice login: everything they do stays in their session's sandbox. */
export default async function PracticeHomePage(props: Props) {
  const locale = await localeFrom(props.params);
  const viewer = await requirePracticeViewer(locale);
  const [t, s, exercises, resources, knowledge, certificate, headers] = await Promise.all([
    getT(locale, ["training"]),
    loadOrNotFound(() => getPracticeContext(viewer)),
    loadOrNotFound(() => getMyExercises(viewer)),
    loadResources(locale, ["training", "common"]),
    getMyKnowledgeChecks(viewer, locale),
    getMyCertificate(viewer),
    requestHeaders(),
  ]);
  // "Show my code again": the trainee's own certificate code and its QR code, when issued.
  const verifyUrl = certificate?.code ? certificateVerifyUrl(locale, certificate.code, headers) : null;
  return (
    <div className="stack">
      <h1>
        <span className="badge badge--practice">{t("common:practice")}</span>{" "}
        {t("training:practice.homeTitle")}
      </h1>
      <p className="lead">
        {t("training:practice.homeIntro", { title: s.title, date: formatDate(locale, s.startDate) })}
      </p>
      <ul className="card-grid">
        <li className="card card--primary">
          <h2>
            <Link href={`/${locale}/training/practice/report`}>{t("training:practice.fileClaim")}</Link>
          </h2>
          <p>{t("training:practice.fileClaimText")}</p>
        </li>
        <li className="card">
          <h2>
            <Link href={`/${locale}/cases`}>{t("training:practice.lookUp")}</Link>
          </h2>
          <p>{t("training:practice.lookUpText")}</p>
        </li>
        <li className="card">
          <h2>
            <Link href={`/${locale}/found/new`}>{t("training:practice.recordFound")}</Link>
          </h2>
          <p>{t("training:practice.recordFoundText")}</p>
        </li>
      </ul>
      <section aria-labelledby="my-exercises">
        <h2 id="my-exercises">{t("training:exercises.myTitle")}</h2>
        <p>{t("training:exercises.myIntro")}</p>
        <I18nProvider locale={locale} resources={resources}>
          <MyExercises exercises={[...exercises]} locale={locale} />
        </I18nProvider>
      </section>
      <section aria-labelledby="my-knowledge">
        <h2 id="my-knowledge">{t("training:knowledge.myTitle")}</h2>
        {knowledge.linked ? (
          <I18nProvider locale={locale} resources={resources}>
            <KnowledgeCheckForm
              scores={{ before: knowledge.before, after: knowledge.after }}
              questions={knowledge.questions}
            />
          </I18nProvider>
        ) : (
          <p>{t("training:knowledge.notLinked")}</p>
        )}
      </section>
      {certificate ? (
        <section aria-labelledby="my-certificate">
          <h2 id="my-certificate">{t("training:certificate.myTitle")}</h2>
          {certificate.code && verifyUrl ? (
            <>
              <p>
                {t("training:certificate.code")}:{" "}
                <strong data-testid="my-certificate-code">{certificate.code}</strong>
              </p>
              <QrCode
                className={styles.certificateQr}
                value={verifyUrl}
                label={t("training:certificate.qrAlt")}
              />
              <p>
                <Link href={verifyUrl}>{t("training:certificate.openCheck")}</Link>
              </p>
            </>
          ) : (
            <p>{t("training:certificate.myNotIssued")}</p>
          )}
        </section>
      ) : null}
    </div>
  );
}
