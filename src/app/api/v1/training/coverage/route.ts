import { exportCoverageCsv, type ExportKind } from "@/features/training/coverage-export";
import { getT } from "@/i18n/server";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/settings";
import { AppError, NotFoundError, logUnexpected } from "@/server/errors";
import { getViewer } from "@/server/session";

export const dynamic = "force-dynamic";

// GET /api/v1/training/coverage?country=BZ&kind=regions|sessions&locale=en
// The handler checks the viewer itself (through the data functions): signed out -> 401,
// no training access or another country -> 404, exactly as the pages behave.
export async function GET(request: Request) {
  const url = new URL(request.url);
  const country = url.searchParams.get("country") ?? "";
  const kind = url.searchParams.get("kind") === "sessions" ? "sessions" : ("regions" as ExportKind);
  const lang = url.searchParams.get("locale");
  const locale = isLocale(lang) ? lang : DEFAULT_LOCALE;
  const viewer = await getViewer();
  if (!viewer) return new Response("Unauthorized", { status: 401, headers: { "Cache-Control": "no-store" } });
  if (!/^[A-Z]{2}$/.test(country)) return notFound();
  try {
    const t = await getT(locale, ["training"]);
    const csv = await exportCoverageCsv(viewer, country, kind, t);
    const day = new Date().toISOString().slice(0, 10);
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="training-${kind}-${country}-${day}.csv"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (err) {
    if (err instanceof NotFoundError || err instanceof AppError) return notFound();
    const id = logUnexpected(err, "training coverage export");
    return new Response(`Error ${id}`, { status: 500, headers: { "Cache-Control": "no-store" } });
  }
}

function notFound() {
  return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
}
