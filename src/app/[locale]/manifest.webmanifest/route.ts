import { getT } from "@/i18n/server";
import { isLocale, LOCALES } from "@/i18n/settings";

// One web app manifest per language (Next's app/manifest.ts has no locale): the name on the home
// screen and the shortcuts are the family's language. Static, built once per locale.
export const dynamicParams = false;
export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

export async function GET(_req: Request, ctx: { params: Promise<{ locale: string }> }) {
  const { locale } = await ctx.params;
  if (!isLocale(locale)) return new Response(null, { status: 404 });
  const t = await getT(locale, ["intake", "track"]);
  const manifest = {
    id: `/${locale}`,
    name: t("common:appName"),
    short_name: t("common:appName"),
    description: t("common:tagline"),
    lang: locale,
    dir: "ltr",
    start_url: `/${locale}`,
    scope: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#0b4f6c",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-192.png", sizes: "192x192", type: "image/png", purpose: "maskable" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
    shortcuts: [
      { name: t("intake:title"), url: `/${locale}/report` },
      { name: t("track:title"), url: `/${locale}/track` },
    ],
  };
  return new Response(JSON.stringify(manifest), {
    headers: { "Content-Type": "application/manifest+json", "Cache-Control": "public, max-age=86400" },
  });
}
