import { checkInProblemResponse, lookUpCheckIn } from "@/features/check-ins/data";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/settings";

// Where a check-in link that cannot be answered lands (the page redirects here): the reason
// with a 404 or 410 (src/features/check-ins/problem-page.ts). A link that works again goes back.
export async function GET(_req: Request, ctx: { params: Promise<{ locale: string; token: string }> }) {
  const { locale: raw, token: rawToken } = await ctx.params;
  const locale = isLocale(raw) ? raw : DEFAULT_LOCALE;
  let token = "";
  try {
    token = decodeURIComponent(rawToken);
  } catch {
    // A malformed escape is just an invalid link.
  }
  const lookup = await lookUpCheckIn(token);
  if (lookup.ok)
    return new Response(null, { status: 303, headers: { Location: `/${locale}/check-in/${rawToken}` } });
  return checkInProblemResponse(locale, lookup.problem);
}
