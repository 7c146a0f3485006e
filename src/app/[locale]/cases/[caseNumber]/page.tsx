import type { Metadata } from "next";
import { CaseGate } from "@/features/cases/components/case-gate";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { CaseCasework } from "@/features/cases/components/case-casework";
import { DuplicateForm } from "@/features/cases/components/duplicate-form";
import { DuplicateLinks, PersonDetails, ReportDetails } from "@/features/cases/components/case-details";
import { CaseTimeline } from "@/features/cases/components/case-timeline";
import { OwnerRequests } from "@/features/cases/components/owner-requests";
import { mayRequestOwner, sealOfferFor } from "@/features/cases/data";
import styles from "@/features/cases/components/cases.module.css";
import { loadAssignees } from "@/features/cases/load-case";
import { CaseMatching } from "@/features/matching/components/case-matching";
import { listProposalsForCase, listSecondTier } from "@/features/matching/data";
import { SecondTierList } from "@/features/matching/components/second-tier";
import { CaseRemovals } from "@/features/removal/components/case-removals";
import { listRemovalRequestsForCase } from "@/features/removal/data";
import { caseTitleMetadata, loadCasePage, type CasePageParams } from "@/features/cases/case-page";
import { I18nProvider } from "@/i18n/client";
import { loadResources } from "@/i18n/resources";
import { getT } from "@/i18n/server";
import { can } from "@/server/policy";

type Props = { params: CasePageParams; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Reads the session and writes the access log on every request: never cached.
export const dynamic = "force-dynamic";

export async function generateMetadata(props: Props): Promise<Metadata> {
  return caseTitleMetadata(props.params, "cases:detail.pageTitle");
}

export default async function CasePage(props: Props) {
  const { locale, viewer, c: view } = await loadCasePage(props.params, "VIEW");
  if (view.access !== "full") return <CaseGate c={view} locale={locale} />;
  const c = view;
  const { merged } = await props.searchParams;
  // Only a number this case really absorbed is echoed (never text from the address as such).
  const mergedFrom = c.duplicates.find((d) => d.caseNumber === merged)?.caseNumber;
  // Police of a merged claim's country may undo the merge from here even when the primary is
  // another country's (decision 091); the primary's own police have it in the casework panel.
  const mayUndoForeign = can(viewer, "case:markDuplicate") && !c.writable.includes("case:markDuplicate");
  const foreignMerged = mayUndoForeign
    ? c.duplicates.filter((d) => d.countryCode === viewer.countryCode).map((d) => d.caseNumber)
    : [];
  const [t, resources, assignees, proposals, removals, removalResources, secondTier] = await Promise.all([
    getT(locale, ["cases", "notifications", "matches", "intake", "checkins", "removal"]),
    loadResources(locale, ["cases", "common", "notifications", "validation"]),
    loadAssignees(viewer, c),
    listProposalsForCase(viewer, c.id),
    listRemovalRequestsForCase(viewer, c.id),
    loadResources(locale, ["removal", "cases", "common"]),
    listSecondTier(viewer, { caseId: c.id }),
  ]);
  return (
    <article className="stack" aria-labelledby="case-title">
      {/* A practice login already has the header's banner: one banner, not two stacked. */}
      {c.practiceSessionId && !viewer.practiceSessionId ? (
        <p className="practice-banner">{t("cases:practiceBanner")}</p>
      ) : null}
      <p className="no-print">
        <Link href={`/${locale}/cases`}>{t("cases:detail.backToSearch")}</Link>
      </p>
      <header className={styles.header}>
        <h1 id="case-title">
          {c.givenNames} {c.familyNames}
        </h1>
        <span className="badge">{t(`common:status.${c.status}`)}</span>
        {c.sealedAt ? <span className="badge">{t("cases:card.sealedBadge")}</span> : null}
        {c.practiceSessionId ? <span className="badge badge--practice">{t("common:practice")}</span> : null}
      </header>
      {mergedFrom ? <Alert>{t("cases:duplicates.redirected", { caseNumber: mergedFrom })}</Alert> : null}
      <p>
        {t("cases:detail.caseNumber")}: <strong>{c.caseNumber}</strong> ·{" "}
        {t(`common:countries.${c.countryCode}`)}
      </p>
      <p className="actions no-print">
        <Link className="button button--secondary" href={`/${locale}/cases/${c.caseNumber}/print`}>
          {t("cases:detail.printSheet")}
        </Link>
      </p>
      {/* Its photos carry the "publish this photo" form of a held family photo (decision 182). */}
      <I18nProvider locale={locale} resources={resources}>
        <PersonDetails c={c} t={t} locale={locale} />
      </I18nProvider>
      <ReportDetails c={c} t={t} locale={locale} />
      <DuplicateLinks c={c} t={t} locale={locale} />
      <CaseMatching c={c} proposals={proposals} t={t} locale={locale} />
      <SecondTierList rows={secondTier} t={t} locale={locale} side="claim" />
      <I18nProvider locale={locale} resources={resources}>
        <CaseCasework c={c} viewer={viewer} assignees={assignees} seal={sealOfferFor(viewer, c)} t={t} />
      </I18nProvider>
      <I18nProvider locale={locale} resources={removalResources}>
        <CaseRemovals
          caseNumber={c.caseNumber}
          country={c.countryCode}
          requests={removals}
          t={t}
          locale={locale}
        />
      </I18nProvider>
      {mayUndoForeign ? (
        <I18nProvider locale={locale} resources={resources}>
          {/* A plain block, not a second region named like the merged claims' section above. It
              stays mounted after an undo (the form keeps its announced result). */}
          <div className="no-print">
            {foreignMerged.length ? (
              <h2 id="unmerge-title">{t("cases:duplicates.markedDuplicates")}</h2>
            ) : null}
            <DuplicateForm caseNumber={c.caseNumber} merged={foreignMerged} mayMerge={false} />
          </div>
        </I18nProvider>
      ) : null}
      <I18nProvider locale={locale} resources={resources}>
        <OwnerRequests
          caseNumber={c.caseNumber}
          country={c.countryCode}
          timeline={c.timeline}
          mayRequest={!c.practiceSessionId && mayRequestOwner(viewer, c.countryCode)}
          mayAnswer={!c.practiceSessionId && c.writable.includes("case:addNote")}
          t={t}
          locale={locale}
        />
      </I18nProvider>
      <CaseTimeline entries={c.timeline} t={t} locale={locale} country={c.countryCode} />
    </article>
  );
}
