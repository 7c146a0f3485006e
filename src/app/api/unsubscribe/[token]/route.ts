// POST /api/unsubscribe/{token}: the confirmation form of the unsubscribe page, and the RFC 8058
// one-click target of the List-Unsubscribe header (mail clients POST "List-Unsubscribe=One-Click").
// A GET never withdraws anything: link scanners and previews open links.
import { withdrawEmailUpdates } from "@/features/notifications/data";
import { isLocale } from "@/i18n/settings";

export async function POST(req: Request, ctx: { params: Promise<{ token: string }> }) {
  const { token } = await ctx.params;
  const form = await req.formData().catch(() => null);
  const result = await withdrawEmailUpdates(token);
  const locale = form?.get("locale");
  if (typeof locale === "string" && isLocale(locale)) {
    const outcome = result === "invalid" ? "invalid" : "done";
    return new Response(null, {
      status: 303,
      headers: { Location: `/${locale}/unsubscribe/${encodeURIComponent(token)}?${outcome}=1` },
    });
  }
  return new Response(null, {
    status: result === "invalid" ? 400 : 204,
    headers: { "Cache-Control": "no-store" },
  });
}
