import type { Metadata } from "next";
import Link from "next/link";
import { localeFrom } from "@/i18n/params";
import { getT } from "@/i18n/server";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(props: Props): Promise<Metadata> {
  const t = await getT(await localeFrom(props.params), ["removal"]);
  return { title: t("removal:sent.title"), robots: { index: false } };
}

/** After a removal request: what happens next. Says nothing about the case itself. */
export default async function RemovalSentPage(props: Props) {
  const locale = await localeFrom(props.params);
  const [t, query] = await Promise.all([getT(locale, ["removal"]), props.searchParams]);
  return (
    <div className="stack">
      <h1>{t("removal:sent.title")}</h1>
      <p id="removal-sent">{t(query.hidden === "1" ? "removal:sent.hidden" : "removal:sent.review")}</p>
      <p>{t("removal:sent.next")}</p>
      <p>{t("removal:page.emergency")}</p>
      <p>
        <Link href={`/${locale}/missing`}>{t("removal:sent.back")}</Link>
      </p>
    </div>
  );
}
