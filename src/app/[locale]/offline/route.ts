import { getT } from "@/i18n/server";
import { isLocale, LOCALES } from "@/i18n/settings";

// The page the service worker shows for a page that is neither reachable nor kept (decision 147).
// A self-contained static document (no layout: the layout reads the session, and a precached copy
// must hold nothing of the visitor's), a few hundred bytes of inline style, no script.
export const dynamicParams = false;
export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

const STYLE =
  "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0;color:#1b1f23;line-height:1.5}" +
  "header{background:#0b4f6c;color:#fff;padding:.75rem 1rem;font-weight:700}main{padding:1rem;max-width:40rem}" +
  "a{color:#0b4f6c}a.button{display:inline-block;background:#0b4f6c;color:#fff;padding:.6rem 1rem;border-radius:8px;text-decoration:none}";

export async function GET(_req: Request, ctx: { params: Promise<{ locale: string }> }) {
  const { locale } = await ctx.params;
  if (!isLocale(locale)) return new Response(null, { status: 404 });
  const t = await getT(locale, ["common"]);
  const e = (key: string) => escapeHtml(t(key));
  const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e("common:offline.title")} · ${e("common:appName")}</title><style>${STYLE}</style></head>
<body><header>${e("common:appName")}</header><main>
<h1>${e("common:offline.title")}</h1><p>${e("common:offline.text")}</p><p>${e("common:offline.queued")}</p>
<p><a class="button" href="/${locale}/report">${e("common:offline.report")}</a></p>
<p><a href="/${locale}">${e("common:backHome")}</a></p>
</main></body></html>`;
  return new Response(html, { headers: { "Content-Type": "text/html; charset=utf-8" } });
}
