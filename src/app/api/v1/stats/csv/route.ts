import { statsToCsv } from "@/features/stats/csv";
import { getStatsForViewer } from "@/features/stats/data";
import { getT } from "@/i18n/server";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/settings";
import { apiRoute } from "@/server/api-problem";
import { getViewer } from "@/server/session";
import { csvDownload } from "@/server/csv-download";

// The statistics page as CSV. The same data function decides exact (staff, their scope) or
// protected (everyone else) figures, so the download can never be more precise than the page.
// Failures are problem+json (server/api-problem.ts).
export const GET = apiRoute("GET /api/v1/stats/csv", async (request: Request) => {
  const url = new URL(request.url);
  const localeParam = url.searchParams.get("locale");
  const locale = isLocale(localeParam) ? localeParam : DEFAULT_LOCALE;
  const viewer = await getViewer();
  const [stats, t] = await Promise.all([
    getStatsForViewer(viewer, { country: url.searchParams.get("country") }),
    getT(locale, ["stats"]),
  ]);
  const name = `reencuentro-stats-${stats.mode}-${stats.country ?? "all"}-${new Date().toISOString().slice(0, 10)}.csv`;
  return csvDownload(statsToCsv(stats, t), name, { Vary: "Cookie" });
});
