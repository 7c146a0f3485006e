import type { Metadata } from "next";
import Link from "next/link";
import { FoundPhotos, PersonDetails, WhereDetails } from "@/features/found/components/found-details";
import { FoundTimeline } from "@/features/found/components/found-timeline";
import { FoundNoteForm, FoundStatusForm } from "@/features/found/components/found-work-forms";
import { foundTitleMetadata, loadFoundPage, type FoundPageParams } from "@/features/found/page-guard";
import { canTransitionFound, nextFoundStatuses } from "@/features/found/status-machine";
import { SecondTierList } from "@/features/matching/components/second-tier";
import { listSecondTier } from "@/features/matching/data";
import { I18nProvider } from "@/i18n/client";
import { loadResources } from "@/i18n/resources";
import { getT } from "@/i18n/server";
import { can } from "@/server/policy";

type Props = { params: FoundPageParams };

// Reads the session and writes the access log on every request: never cached.
export const dynamic = "force-dynamic";

export async function generateMetadata(props: Props): Promise<Metadata> {
  return foundTitleMetadata(props.params, "found:detail.pageTitle");
}

export default async function FoundRecordPage(props: Props) {
  const { locale, viewer, f } = await loadFoundPage(props.params, "VIEW");
  const [t, resources, secondTier] = await Promise.all([
    getT(locale, ["found", "intake", "matches"]),
    loadResources(locale, ["found", "validation", "common"]),
    listSecondTier(viewer, { foundPersonId: f.id }),
  ]);
  // Changes are for the recording country's staff; police abroad read only.
  const own = viewer.countryCode === f.countryCode;
  const options = nextFoundStatuses(f.status).filter((s) => canTransitionFound(viewer, f.status, s));
  return (
    <article className="stack" aria-labelledby="found-title">
      <p className="no-print">
        <Link href={`/${locale}/found`}>{t("found:detail.back")}</Link>
      </p>
      <header>
        <h1 id="found-title">{t("found:detail.heading", { foundNumber: f.foundNumber })}</h1>
        <span className="badge">{t(`found:statuses.${f.status}`)}</span>
      </header>
      <p className="actions no-print">
        <Link className="button button--secondary" href={`/${locale}/found/${f.foundNumber}/print`}>
          {t("found:detail.print")}
        </Link>
      </p>
      <PersonDetails f={f} t={t} locale={locale} />
      <WhereDetails f={f} t={t} locale={locale} />
      <FoundPhotos f={f} t={t} locale={locale} />
      <SecondTierList rows={secondTier} t={t} locale={locale} side="found" />
      {own ? (
        <I18nProvider locale={locale} resources={resources}>
          <section className="stack no-print">
            {options.length ? (
              <FoundStatusForm foundNumber={f.foundNumber} from={f.status} options={options} />
            ) : null}
            {can(viewer, "found:addNote") ? <FoundNoteForm foundNumber={f.foundNumber} /> : null}
          </section>
        </I18nProvider>
      ) : null}
      <FoundTimeline f={f} t={t} locale={locale} />
    </article>
  );
}
