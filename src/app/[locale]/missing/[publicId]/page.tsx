import crypto from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { Poster } from "@/features/bulletin/components/poster";
import { displayName } from "@/features/bulletin/components/case-facts";
import { ShareActions } from "@/features/bulletin/components/share-actions";
import { getBulletinCase } from "@/features/bulletin/data";
import { posterMetadata } from "@/features/bulletin/poster-metadata";
import { TipForm } from "@/features/tips/components/tip-form";
import { I18nProvider } from "@/i18n/client";
import { localeFrom } from "@/i18n/params";
import { loadResources } from "@/i18n/resources";
import { getT } from "@/i18n/server";
import { publicBaseUrl } from "@/server/env";

type Props = { params: Promise<{ locale: string; publicId: string }> };

const PUBLIC_ID = /^[A-Za-z0-9_-]{8,64}$/;

async function caseFrom(props: Props) {
  const { publicId } = await props.params;
  return PUBLIC_ID.test(publicId) ? getBulletinCase(publicId) : null;
}

/** The public address of this poster, for sharing and printing. */
async function posterUrl(locale: string, publicId: string): Promise<string> {
  return new URL(`/${locale}/missing/${publicId}`, await baseUrl()).toString();
}

async function baseUrl(): Promise<string> {
  return publicBaseUrl(new Headers(await headers()));
}

// Link previews (Open Graph, Twitter) only from the consented public case: see poster-metadata.ts.
export async function generateMetadata(props: Props): Promise<Metadata> {
  const locale = await localeFrom(props.params);
  const [t, c, base] = await Promise.all([getT(locale, ["bulletin"]), caseFrom(props), baseUrl()]);
  const url = c ? await posterUrl(locale, c.publicId) : base;
  return posterMetadata(c, t, locale, url, base);
}

// Dynamic on every request: a case that left the bulletin must 404 at once, never from a cache.
export default async function PosterPage(props: Props) {
  await connection();
  const locale = await localeFrom(props.params);
  const c = await caseFrom(props);
  if (!c) notFound();
  const [t, resources, url] = await Promise.all([
    getT(locale, ["bulletin", "removal"]),
    loadResources(locale, ["bulletin", "validation", "common"]),
    posterUrl(locale, c.publicId),
  ]);
  return (
    <div className="stack">
      <p className="no-print">
        <Link href={`/${locale}/missing`}>{t("bulletin:poster.back")}</Link>
      </p>
      <Poster c={c} t={t} locale={locale} url={url} />
      <I18nProvider locale={locale} resources={resources}>
        <section aria-labelledby="share-title" className="no-print">
          <h2 id="share-title">{t("bulletin:share.title")}</h2>
          <ShareActions url={url} title={`${t("bulletin:poster.banner")}: ${displayName(c, t)}`} />
        </section>
        <section aria-labelledby="tip-title" className="no-print">
          <h2 id="tip-title">{t("bulletin:tip.title")}</h2>
          <p>{t("bulletin:tip.intro")}</p>
          <p>{t("bulletin:tip.emergency")}</p>
          <TipForm
            publicId={c.publicId}
            submissionId={crypto.randomUUID()}
            locale={locale}
            posterPath={`/${locale}/missing/${c.publicId}`}
          />
        </section>
      </I18nProvider>
      <section aria-labelledby="removal-title" className="no-print">
        <h2 id="removal-title">{t("removal:poster.title")}</h2>
        <p>{t("removal:poster.text")}</p>
        <p>
          <Link href={`/${locale}/missing/${c.publicId}/remove`} id="removal-link">
            {t("removal:poster.link")}
          </Link>
        </p>
      </section>
    </div>
  );
}
