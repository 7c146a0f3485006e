import "server-only";
import { getDb } from "@/server/db";
import { getSqlRows } from "@/server/sql-reader";
import { AppError } from "@/server/errors";
import { can, caseSearchAccess } from "@/server/policy";
import type { Viewer } from "@/server/viewer";
import type { SearchInput } from "../schemas";
import { runCaseSearch, type CaseSearchPage, type SearchKey } from "./search-query";

/**
 * The lookup for a signed-in viewer: only cases caseSearchAccess() lets them list (practice logins
 * search their sandbox, everyone else only real cases of the countries their role allows).
 * Showing a result list writes no access-log row; opening a case does.
 */
export async function searchCases(
  viewer: Viewer,
  input: SearchInput,
  after?: SearchKey,
): Promise<CaseSearchPage> {
  if (!can(viewer, "case:search")) throw new AppError("common:errors.forbidden", 403);
  // On the plain pg pool when there is one (see server/sql-reader.ts).
  return runCaseSearch(await getSqlRows(), caseSearchAccess(viewer), input, after);
}

/** Regions for the filter: reference data, the same for every viewer who may search. */
export async function listRegionOptions(viewer: Viewer) {
  if (!can(viewer, "case:search")) return [];
  const db = await getDb();
  return db.region.findMany({
    select: { id: true, name: true, countryCode: true },
    orderBy: [{ countryCode: "asc" }, { name: "asc" }],
  });
}
