import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { CHECK_IN_ANSWERS } from "@/features/check-ins/due";
import { localeFrom } from "@/i18n/params";
import { getT } from "@/i18n/server";
import { isLocale } from "@/i18n/settings";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale } = await props.params;
  if (!isLocale(locale)) return {};
  const t = await getT(locale, ["checkins"]);
  return { title: t("checkins:page.title"), robots: { index: false } };
}

// Where an answer lands (after the redirect, so a reload sends nothing). It knows only which
// answer was given: no case, no token.
export default async function CheckInAnsweredPage(props: Props) {
  const locale = await localeFrom(props.params);
  const [t, query] = await Promise.all([getT(locale, ["checkins"]), props.searchParams]);
  const answer = CHECK_IN_ANSWERS.find((a) => a === query.answer) ?? "STILL_MISSING";
  return (
    <div className="stack">
      <h1>{t("checkins:page.title")}</h1>
      <Alert kind="success" id="check-in-thanks">
        {t(`checkins:thanks.${answer}`)}
      </Alert>
      <p>
        <Link href={`/${locale}/track`}>{t("checkins:errors.openTrack")}</Link>
      </p>
    </div>
  );
}
