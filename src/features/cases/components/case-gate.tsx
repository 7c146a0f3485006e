import Link from "next/link";
import { I18nProvider } from "@/i18n/client";
import { loadResources } from "@/i18n/resources";
import { getT } from "@/i18n/server";
import type { Locale } from "@/i18n/settings";
import type { CaseCard } from "../data";
import type { ReasonPrompt } from "../load-case";
import { AccessReasonForm } from "./access-reason-form";
import { CaseCardView } from "./case-card";
import styles from "./cases.module.css";

/**
 * The case pages when the full record is not shown: the reason prompt (nothing of the claim but
 * its number), or the card the family's consent or the seal leaves.
 */
export async function CaseGate({ c, locale }: { c: CaseCard | ReasonPrompt; locale: Locale }) {
  const t = await getT(locale, ["cases", "common"]);
  const back = (
    <p className="no-print">
      <Link href={`/${locale}/cases`}>{t("cases:detail.backToSearch")}</Link>
    </p>
  );
  if (c.access === "reason")
    return (
      <article className="stack" aria-labelledby="reason-title">
        {back}
        <h1 id="reason-title">{t("cases:reason.title", { caseNumber: c.caseNumber })}</h1>
        <p>{t("cases:reason.intro")}</p>
        <I18nProvider locale={locale} resources={await loadResources(locale, ["cases", "common"])}>
          <AccessReasonForm caseNumber={c.caseNumber} />
        </I18nProvider>
      </article>
    );
  return (
    <article className="stack" aria-labelledby="case-title">
      {back}
      <header className={styles.header}>
        <h1 id="case-title">
          {c.givenNames} {c.familyNames}
        </h1>
        <span className="badge">{t(`common:status.${c.status}`)}</span>
        {c.access === "sealed" ? <span className="badge">{t("cases:card.sealedBadge")}</span> : null}
      </header>
      <p>
        {t("cases:detail.caseNumber")}: <strong>{c.caseNumber}</strong> ·{" "}
        {t(`common:countries.${c.countryCode}`)}
      </p>
      <CaseCardView c={c} t={t} locale={locale} />
    </article>
  );
}
