// Why a check-in link cannot be answered, as a small HTML page with a real 4xx status: 404 for
// a link that is not genuine, 410 for one already answered, expired or about a closed report.
// A route handler rather than a page because a page's notFound() under the [locale] root layout
// reaches the browser as an empty body that only JavaScript fills in (decision 142), and the
// families this is for may have none. Plain HTML, every text escaped, no case data at all.
import "server-only";
import { createTranslate } from "@/i18n/translate";
import { loadResources } from "@/i18n/resources";
import type { Locale } from "@/i18n/settings";
import type { CheckInLinkProblem } from "./answer";

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

const STYLE = `body{font-family:system-ui,sans-serif;margin:0;color:#1a1a1a;line-height:1.5}
header{background:#0b4f6c;color:#fff;padding:.75rem 1rem;font-weight:700}
main{max-width:40rem;margin:0 auto;padding:1rem}
.alert{border-left:4px solid #b3261e;background:#fdecea;padding:.75rem 1rem}
a{color:#0b4f6c}`;

export async function checkInProblemResponse(locale: Locale, problem: CheckInLinkProblem): Promise<Response> {
  const resources = await loadResources(locale, ["checkins", "common"]);
  const t = createTranslate(locale, resources, ["checkins", "common"]);
  const title = escape(t("checkins:page.title"));
  const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${title} · ${escape(t("common:appName"))}</title><style>${STYLE}</style></head>
<body><header><a href="/${locale}" style="color:#fff;text-decoration:none">${escape(t("common:appName"))}</a></header>
<main id="main"><h1>${title}</h1>
<div class="alert" role="alert" id="check-in-problem">${escape(t(`checkins:errors.${problem}`))}</div>
<p>${escape(t("checkins:errors.whatNow"))}</p>
<p><a href="/${locale}/track">${escape(t("checkins:errors.openTrack"))}</a></p></main></body></html>`;
  return new Response(html, {
    status: problem === "invalid" ? 404 : 410,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}
