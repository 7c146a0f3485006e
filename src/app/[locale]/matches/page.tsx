import { requirePageViewer } from "@/server/page-guard";
import type { Metadata } from "next";
import { MatchQueue } from "@/features/matching/components/match-queue";
import { listProposals } from "@/features/matching/data";
import { MatchListInput } from "@/features/matching/schemas";
import { localeFrom } from "@/i18n/params";
import { getT } from "@/i18n/server";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Reads the session on every request: never cached.
export const dynamic = "force-dynamic";

export async function generateMetadata(props: Props): Promise<Metadata> {
  const locale = await localeFrom(props.params);
  const t = await getT(locale, ["matches"]);
  return { title: t("matches:title"), robots: { index: false } };
}

export default async function MatchesPage(props: Props) {
  const locale = await localeFrom(props.params);
  const viewer = await requirePageViewer(locale, "/matches", "match:read");
  // The filter is a status and a page number: nothing personal travels in the address.
  const q = await props.searchParams;
  const input = MatchListInput.parse({ status: q.status, page: q.page });
  const [t, list] = await Promise.all([getT(locale, ["matches", "common"]), listProposals(viewer, input)]);
  return <MatchQueue t={t} locale={locale} input={input} list={list} />;
}
