import type { Metadata } from "next";
import { CaseGate } from "@/features/cases/components/case-gate";
import Link from "next/link";
import { DuplicateLinks, PersonDetails, ReportDetails } from "@/features/cases/components/case-details";
import styles from "@/features/cases/components/cases.module.css";
import { PrintButton } from "@/features/cases/components/print-button";
import { formatDateTime } from "@/lib/dates";
import { caseTitleMetadata, loadCasePage, type CasePageParams } from "@/features/cases/case-page";
import { getT } from "@/i18n/server";

type Props = { params: CasePageParams };

export const dynamic = "force-dynamic";

export async function generateMetadata(props: Props): Promise<Metadata> {
  return caseTitleMetadata(props.params, "cases:print.title");
}

/** The case sheet for paper: no forms, no navigation; the read is logged as PRINT. */
export default async function CasePrintPage(props: Props) {
  const { locale, viewer, c: view } = await loadCasePage(props.params, "PRINT");
  if (view.access !== "full") return <CaseGate c={view} locale={locale} />;
  const c = view;
  const t = await getT(locale, ["cases", "intake"]);
  return (
    <article className={`stack ${styles.sheet}`} aria-labelledby="sheet-title">
      {c.practiceSessionId ? <p className="practice-banner">{t("cases:practiceBanner")}</p> : null}
      <p className="actions no-print">
        <PrintButton label={t("common:print")} />
        <Link className="button button--secondary" href={`/${locale}/cases/${c.caseNumber}`}>
          {t("cases:print.back")}
        </Link>
      </p>
      <h1 id="sheet-title">
        {c.givenNames} {c.familyNames} — {c.caseNumber}
      </h1>
      <p>
        {t(`common:status.${c.status}`)} · {t(`common:countries.${c.countryCode}`)} ·{" "}
        {t("cases:print.printedBy", {
          name: viewer.name,
          date: formatDateTime(new Date(), locale, c.countryCode),
        })}
      </p>
      <p>
        <strong>{t("cases:print.confidential")}</strong>
      </p>
      {c.photos[0] ? (
        // The sheet is what gets passed around a station: the main photo large, at full resolution.
        // eslint-disable-next-line @next/next/no-img-element -- staff-only photo route
        <img
          className={styles.sheetPhoto}
          src={`/api/photos/${c.photos[0].id}?size=full`}
          alt={t("cases:detail.photoAlt", { n: 1 })}
        />
      ) : null}
      <PersonDetails c={c} t={t} locale={locale} />
      <ReportDetails c={c} t={t} locale={locale} />
      <DuplicateLinks c={c} t={t} locale={locale} />
    </article>
  );
}
