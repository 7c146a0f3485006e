import { exportCoverageCsv, type ExportKind } from "@/features/training/coverage-export";
import { getT } from "@/i18n/server";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/settings";
import { apiRoute } from "@/server/api-problem";
import { AppError, NotFoundError } from "@/server/errors";
import { getViewer } from "@/server/session";
import { csvDownload } from "@/server/csv-download";

export const dynamic = "force-dynamic";

// GET /api/training/coverage?country=BZ&kind=regions|sessions&locale=en
// The handler checks the viewer itself (through the data functions): signed out -> 401,
// no training access or another country -> 404, exactly as the pages behave; problem+json.
export const GET = apiRoute("GET /api/training/coverage", async (request: Request) => {
  const url = new URL(request.url);
  const country = url.searchParams.get("country") ?? "";
  const kind = url.searchParams.get("kind") === "sessions" ? "sessions" : ("regions" as ExportKind);
  const lang = url.searchParams.get("locale");
  const locale = isLocale(lang) ? lang : DEFAULT_LOCALE;
  const viewer = await getViewer();
  if (!viewer) throw new AppError("common:errors.signInRequired", 401);
  if (!/^[A-Z]{2}$/.test(country)) throw new NotFoundError();
  const t = await getT(locale, ["training"]);
  const csv = await exportCoverageCsv(viewer, country, kind, t);
  const day = new Date().toISOString().slice(0, 10);
  return csvDownload(csv, `training-${kind}-${country}-${day}.csv`);
});
