import { ClaimNotFoundError, getClaimCopy } from "@/features/intake/data";
import { claimCopyHtml } from "@/features/intake/claim-copy-html";
import { allowRequest, retryAfterSeconds } from "@/features/intake/limits";
import { readTrackState } from "@/features/intake/track-session";
import { getT } from "@/i18n/server";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/settings";
import { apiRoute, RateLimitedError } from "@/server/api-problem";

type Ctx = { params: Promise<{ locale: string }> };

// "A copy of my data" (decision 150): the claim verified in this browser (the track cookie; no
// case number in the address), as a readable HTML page or as JSON. Never cached.
export const GET = apiRoute<Ctx>("GET /[locale]/track/copy", async (req, ctx) => {
  const { locale: asked } = await ctx.params;
  const locale = isLocale(asked) ? asked : DEFAULT_LOCALE;
  const back = new URL(`/${locale}/track`, req.url);
  const state = await readTrackState();
  if (!state?.trackingCode) return Response.redirect(back, 303);
  if (!(await allowRequest("track", req.headers))) throw new RateLimitedError(retryAfterSeconds("track"));
  let copy;
  try {
    copy = await getClaimCopy(state.caseNumber, state.trackingCode);
  } catch (err) {
    if (err instanceof ClaimNotFoundError) return Response.redirect(back, 303);
    throw err;
  }
  const json = new URL(req.url).searchParams.get("format") === "json";
  const name = `reencuentro-${copy.claim.caseNumber}.${json ? "json" : "html"}`;
  const headers = {
    "Content-Disposition": `attachment; filename="${name}"`,
    "Cache-Control": "private, no-store",
  };
  if (json)
    return new Response(JSON.stringify(copy, null, 2), {
      headers: { ...headers, "Content-Type": "application/json; charset=utf-8" },
    });
  const t = await getT(locale, ["removal", "intake", "common", "checkins"]);
  return new Response(claimCopyHtml(copy, t, locale), {
    headers: { ...headers, "Content-Type": "text/html; charset=utf-8" },
  });
});
