import { requirePageViewer } from "@/server/page-guard";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { MatchCriteria } from "@/features/matching/components/match-criteria";
import { MatchDecisions } from "@/features/matching/components/match-decisions";
import { MergeForms } from "@/features/matching/components/merge-forms";
import { ClaimSide, FoundSide } from "@/features/matching/components/match-sides";
import styles from "@/features/matching/components/matches.module.css";
import { getProposalForViewer } from "@/features/matching/data";
import { MATCH_DECISIONS } from "@/features/matching/schemas";
import { formatDate } from "@/lib/dates";
import { localeFrom } from "@/i18n/params";
import { getT } from "@/i18n/server";
import { NotFoundError } from "@/server/errors";

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Reads the session and writes the access logs on every request: never cached.
export const dynamic = "force-dynamic";

export async function generateMetadata(props: Props): Promise<Metadata> {
  const locale = await localeFrom(props.params);
  const t = await getT(locale, ["matches"]);
  return { title: t("matches:compare.pageTitle"), robots: { index: false } };
}

async function load(props: Props) {
  const locale = await localeFrom(props.params);
  const { id } = await props.params;
  const viewer = await requirePageViewer(locale, `/matches/${id}`, "match:read");
  try {
    return { locale, p: await getProposalForViewer(viewer, id) };
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    throw err;
  }
}

/** Outcome codes of the review forms: a decision name, or an i18n key of the errors we give. */
function outcome(q: Record<string, string | string[] | undefined>) {
  const codes: readonly string[] = [...MATCH_DECISIONS, "merged"];
  const done = typeof q.done === "string" && codes.includes(q.done) ? q.done : null;
  const error = typeof q.error === "string" && /^[a-z]+:[a-zA-Z.]+$/.test(q.error) ? q.error : null;
  return { done, error };
}

export default async function MatchPage(props: Props) {
  const { locale, p } = await load(props);
  const { done, error } = outcome(await props.searchParams);
  const t = await getT(locale, ["matches", "common", "found", "validation", "intake", "cases"]);
  return (
    <article className="stack" aria-labelledby="match-title">
      <p className="no-print">
        <Link href={`/${locale}/matches`}>{t("matches:compare.back")}</Link>
      </p>
      <header>
        <h1 id="match-title">{t("matches:compare.heading")}</h1>
        <span className="badge">{t(`matches:statuses.${p.status}`)}</span>{" "}
        <span className="hint">{t(`matches:kinds.${p.kind}`)}</span>
      </header>
      {done ? <Alert kind="success">{t(`matches:decide.done.${done}`)}</Alert> : null}
      {error ? <Alert kind="error">{t(error)}</Alert> : null}
      {p.case.duplicateOfId || p.otherCase?.duplicateOfId ? <Alert>{t("matches:merge.merged")}</Alert> : null}
      {p.decidedAt && p.decidedBy ? (
        <p>
          {t("matches:compare.decided", {
            name: p.decidedBy.name,
            date: formatDate(p.decidedAt, locale),
            note: p.decisionNote ?? "",
          })}
        </p>
      ) : null}
      <div className={styles.pair}>
        <ClaimSide
          r={p.case}
          t={t}
          locale={locale}
          title={t("matches:compare.claim")}
          headingId="match-claim"
        />
        {p.foundPerson ? (
          <FoundSide
            r={p.foundPerson}
            t={t}
            locale={locale}
            title={t("matches:compare.found")}
            headingId="match-found"
          />
        ) : p.otherCase ? (
          <ClaimSide
            r={p.otherCase}
            t={t}
            locale={locale}
            title={t("matches:compare.otherClaim")}
            headingId="match-other"
          />
        ) : null}
      </div>
      <MatchCriteria p={p} t={t} />
      <MergeForms p={p} t={t} locale={locale} />
      <MatchDecisions p={p} t={t} locale={locale} />
    </article>
  );
}
