import "server-only";
// POST /api/v1/cases/search: the lookup as JSON, for a partner system with a cases:search token
// (app/api/v1/cases/search/route.ts) or signed-in staff with the session cookie (the load
// benchmark, partner tools). Same schema, same data function, same scope as the page.
import crypto from "node:crypto";
import { z } from "zod";
import {
  cursorId,
  cursorInstant,
  cursorParam,
  cursorScore,
  decodeCursor,
  encodeCursor,
} from "@/lib/api/cursor";
import { apiRoute, parseJsonBody, ValidationError } from "@/server/api-problem";
import { AppError } from "@/server/errors";
import { getViewer } from "@/server/session";
import type { Viewer } from "@/server/viewer";
import { searchCases } from "./data";
import { SearchInput } from "./schemas";
import type { SearchKey } from "./data/search-query";

const headers = { "Cache-Control": "private, no-store" };

const Body = z.intersection(SearchInput, z.object({ cursor: cursorParam }));
// The query's fingerprint is in the key: a cursor of one lookup does not page another.
const SearchCursor = z.tuple([
  z.literal("cases"),
  z.string(),
  z.enum(["all", "allButOne"]),
  cursorScore,
  cursorInstant,
  cursorId,
]);

function fingerprint(input: SearchInput): string {
  const { page: _page, ...query } = input;
  return crypto.createHash("sha256").update(JSON.stringify(query)).digest("base64url").slice(0, 16);
}

/**
 * One page of the lookup. `cursor` (from the previous answer's nextCursor) walks the results by
 * keyset, stable while claims arrive; `page` still works for the portal's own pages.
 */
export async function searchAnswer(request: Request, viewer: Viewer): Promise<Response> {
  // A cross-site HTML form cannot send JSON, and a cross-site script cannot read the answer.
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("application/json"))
    throw new AppError("cases:api.jsonOnly", 415);
  const { cursor, ...input } = await parseJsonBody(request, Body);
  const print = fingerprint(input);
  let after: SearchKey | undefined;
  if (cursor !== undefined) {
    const key = decodeCursor(cursor, SearchCursor);
    if (!key || key[1] !== print) throw new ValidationError({ cursor: "partners:errors.cursor" });
    after = { mode: key[2], score: key[3], at: key[4], id: key[5] };
  }
  const { next, ...page } = await searchCases(viewer, input, after);
  const nextCursor = next
    ? encodeCursor(["cases", print, next.mode, next.score, next.at.toISOString(), next.id])
    : null;
  return Response.json({ ...page, nextCursor }, { headers });
}

/** The staff-session variant of the route (no Authorization header). */
export const handleCaseSearchPost = apiRoute("POST /api/v1/cases/search", async (request: Request) => {
  const viewer = await getViewer();
  if (!viewer) throw new AppError("common:errors.signInRequired", 401);
  return searchAnswer(request, viewer);
});
