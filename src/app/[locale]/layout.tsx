import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/shell/site-footer";
import { ServiceWorkerRegistration } from "@/components/shell/service-worker";
import { SiteHeader } from "@/components/shell/site-header";
import { getT } from "@/i18n/server";
import { isLocale, LOCALES } from "@/i18n/settings";
import { env } from "@/server/env";
import "../globals.css";

export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

export async function generateMetadata(props: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await props.params;
  if (!isLocale(locale)) return {};
  const t = await getT(locale, ["common"]);
  return {
    title: { default: t("common:appName"), template: `%s · ${t("common:appName")}` },
    description: t("common:tagline"),
    // Installable: the manifest in the page's language, icons rendered from public/icon.svg.
    manifest: `/${locale}/manifest.webmanifest`,
    icons: { icon: "/icon.svg", apple: "/icons/apple-touch-icon.png" },
    appleWebApp: { capable: true, title: t("common:appName") },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0b4f6c" };

export default async function LocaleLayout(props: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await props.params;
  if (!isLocale(locale)) notFound();
  const t = await getT(locale, ["common"]);
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t("common:skipToContent")}
        </a>
        <SiteHeader locale={locale} />
        <main id="main" tabIndex={-1}>
          {props.children}
        </main>
        <SiteFooter locale={locale} />
        <ServiceWorkerRegistration enabled={env().NODE_ENV === "production"} />
      </body>
    </html>
  );
}
