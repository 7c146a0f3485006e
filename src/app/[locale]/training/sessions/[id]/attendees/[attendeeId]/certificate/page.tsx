import { loadOrNotFound, requirePageViewer } from "@/server/page-guard";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getCertificateForViewer } from "@/features/training/certificate-data";
import { CertificateSheet } from "@/features/training/components/certificate-sheet";
import { formatDate, formatDateRange } from "@/features/training/format";
import { PRACTICE_TO_SANDBOX } from "@/features/training/page-guard";
import { I18nProvider } from "@/i18n/client";
import { localeFrom } from "@/i18n/params";
import { loadResources } from "@/i18n/resources";
import { getT } from "@/i18n/server";
import { certificateVerifyUrl } from "@/features/training/certificate-qr";
import { QrCode } from "@/components/ui/qr-code";
import styles from "@/features/training/components/training.module.css";
import { publicBaseUrl } from "@/server/env";
import { can } from "@/server/policy";
import { requestHeaders } from "@/server/request-info";

type Props = { params: Promise<{ locale: string; id: string; attendeeId: string }> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const t = await getT(await localeFrom(props.params), ["training"]);
  return { title: t("training:certificate.title"), robots: { index: false } };
}

/** The address printed on the certificate for checking it. */
async function verifyUrl(locale: string): Promise<string> {
  return `${publicBaseUrl(await requestHeaders())}/${locale}/training/verify`;
}

/** The address of this code's public check, for the QR code (null until issued). */
async function qrUrl(locale: string, code: string | null): Promise<string | null> {
  return code ? certificateVerifyUrl(locale, code, await requestHeaders()) : null;
}

export default async function CertificatePage(props: Props) {
  const locale = await localeFrom(props.params);
  const { id, attendeeId } = await props.params;
  const viewer = await requirePageViewer(locale, "/training", "training:read", PRACTICE_TO_SANDBOX);
  if (!can(viewer, "training:manage")) notFound();
  const c = await loadOrNotFound(() => getCertificateForViewer(viewer, attendeeId));
  if (c.session.id !== id) notFound();
  const [t, resources, url, qr] = await Promise.all([
    getT(locale, ["training"]),
    loadResources(locale, ["training", "common"]),
    verifyUrl(locale),
    qrUrl(locale, c.code),
  ]);
  const s = c.session;
  return (
    <div className="stack">
      <p className="no-print">
        <Link href={`/${locale}/training/sessions/${s.id}`}>
          {t("training:certificate.back", { title: s.title })}
        </Link>
      </p>
      <h1 className="no-print">{t("training:certificate.title")}</h1>
      <I18nProvider locale={locale} resources={resources}>
        <CertificateSheet
          attendeeId={c.id}
          issuedBefore={c.certificateIssuedAt ? formatDate(locale, c.certificateIssuedAt) : null}
          code={c.code}
          qr={
            qr ? (
              <QrCode className={styles.certificateQr} value={qr} label={t("training:certificate.qrAlt")} />
            ) : null
          }
          passed={c.exercisesPassed.length}
          required={c.required}
          text={{
            network: t("common:appName"),
            heading: t("training:certificate.heading"),
            certifies: t("training:certificate.certifies"),
            name: c.name,
            detail: [c.rank, c.unit].filter(Boolean).join(" · "),
            completed: t("training:certificate.completed", {
              kind: t(`training:kinds.${s.kind}`),
              title: s.title,
            }),
            when: t("training:certificate.when", {
              dates: formatDateRange(locale, s.startDate, s.endDate),
              venue: s.venue,
              country: t(`common:countries.${s.countryCode}`),
            }),
            trainers: s.trainers.length
              ? t("training:certificate.trainers", { names: s.trainers.join(", ") })
              : "",
            verifyAt: t("training:certificate.verifyAt", { url }),
          }}
        />
      </I18nProvider>
    </div>
  );
}
