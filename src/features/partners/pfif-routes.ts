import "server-only";
// The PFIF routes of /api/v1 (token holders only; see api-auth.ts for authentication).
import { getT } from "@/i18n/server";
import { MAX_PFIF_BYTES } from "@/lib/pfif/formats";
import { requestLocale, ValidationError } from "@/server/api-problem";
import { AppError } from "@/server/errors";
import { publicOrigin } from "@/server/request-info";
import { fieldErrorsFrom } from "@/server/result";
import type { Viewer } from "@/server/viewer";
import { readCapped } from "@/server/request-body";
import { decodeCursor, exportPfifNotes, exportPfifPersons, type FeedContext } from "./pfif-export-data";
import { importPfif } from "./pfif-import-data";
import { PfifFeedQuery } from "./schemas";

async function feedContext(req: Request): Promise<FeedContext> {
  const base = publicOrigin() || new URL(req.url).origin;
  const locale = requestLocale(req);
  const t = await getT(locale, ["partners"]);
  return { domain: new URL(base).host, baseUrl: base, locale, t: (k) => t(k) };
}

function feedQuery(req: Request) {
  const params = Object.fromEntries(new URL(req.url).searchParams);
  const parsed = PfifFeedQuery.safeParse({
    min_entry_date: params.min_entry_date,
    cursor: params.cursor,
    max_results: params.max_results,
  });
  if (!parsed.success)
    throw new ValidationError(fieldErrorsFrom(parsed.error.issues), "partners:errors.query");
  const cursor = parsed.data.cursor === undefined ? undefined : decodeCursor(parsed.data.cursor);
  if (cursor === null)
    throw new ValidationError({ cursor: "partners:errors.cursor" }, "partners:errors.query");
  return { since: parsed.data.min_entry_date, cursor, maxResults: parsed.data.max_results };
}

const XML_HEADERS = {
  "Content-Type": "application/xml; charset=utf-8",
  "Cache-Control": "private, no-store",
};

/** GET /api/v1/pfif/persons and /notes. The next page's URL travels in a Link header. */
export function pfifFeed(kind: "persons" | "notes") {
  return async (req: Request, viewer: Viewer): Promise<Response> => {
    const q = feedQuery(req);
    const ctx = await feedContext(req);
    const page =
      kind === "persons" ? await exportPfifPersons(viewer, q, ctx) : await exportPfifNotes(viewer, q, ctx);
    const headers: Record<string, string> = { ...XML_HEADERS, "X-Record-Count": String(page.count) };
    if (page.nextCursor) {
      const next = new URL(req.url);
      next.searchParams.set("cursor", page.nextCursor);
      headers.Link = `<${next.pathname}${next.search}>; rel="next"`;
      headers["X-Next-Cursor"] = page.nextCursor;
    }
    return new Response(page.xml, { status: 200, headers });
  };
}

/** POST /api/v1/pfif: a PFIF 1.1-1.4 document in; a per-record report out (200 even if some were refused). */
export async function pfifImport(req: Request, viewer: Viewer): Promise<Response> {
  const type = req.headers.get("content-type")?.toLowerCase() ?? "";
  if (!/^(application|text)\/xml\b/.test(type)) throw new AppError("partners:errors.xmlOnly", 415);
  const xml = await readCapped(req, MAX_PFIF_BYTES);
  if (xml === null) throw new AppError("partners:pfif.document.tooLarge", 413);
  const records = await importPfif(viewer, xml);
  const count = (r: string) => records.filter((x) => x.result === r).length;
  return Response.json(
    {
      created: count("created"),
      updated: count("updated"),
      unchanged: count("unchanged"),
      refused: count("refused"),
      records,
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}
