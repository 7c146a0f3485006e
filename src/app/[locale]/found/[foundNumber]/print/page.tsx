import type { Metadata } from "next";
import Link from "next/link";
import { PrintButton } from "@/features/cases/components/print-button";
import { PersonDetails, WhereDetails } from "@/features/found/components/found-details";
import { foundTitleMetadata, loadFoundPage, type FoundPageParams } from "@/features/found/page-guard";
import { getT } from "@/i18n/server";

type Props = { params: FoundPageParams };

export const dynamic = "force-dynamic";

export async function generateMetadata(props: Props): Promise<Metadata> {
  return foundTitleMetadata(props.params, "found:print.title");
}

/** The sheet for paper: no forms, no photos, no navigation; the read is logged as PRINT. */
export default async function FoundPrintPage(props: Props) {
  const { locale, f } = await loadFoundPage(props.params, "PRINT");
  const t = await getT(locale, ["found", "intake"]);
  return (
    <article className="stack" aria-labelledby="sheet-title">
      <p className="actions no-print">
        <PrintButton label={t("found:print.printNow")} />
        <Link className="button button--secondary" href={`/${locale}/found/${f.foundNumber}`}>
          {t("found:detail.back")}
        </Link>
      </p>
      <h1 id="sheet-title">{t("found:print.title", { foundNumber: f.foundNumber })}</h1>
      <p>
        <strong>{t("found:print.confidential")}</strong>
      </p>
      <p>
        {t(`found:statuses.${f.status}`)} · {t(`common:countries.${f.countryCode}`)}
      </p>
      <PersonDetails f={f} t={t} locale={locale} />
      <WhereDetails f={f} t={t} locale={locale} />
    </article>
  );
}
