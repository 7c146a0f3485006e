import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/server/db";
import { getSqlRows } from "@/server/sql-reader";
import { getLagTolerantSqlRows } from "@/server/replica";
import { AppError } from "@/server/errors";
import { can, caseSearchAccess } from "@/server/policy";
import type { Viewer } from "@/server/viewer";
import type { CaseQueue, SearchInput } from "../schemas";
import { caseAccess } from "@/server/consent";
import {
  runCaseSearch,
  type CaseSearchPage,
  type CaseSearchRow,
  type RawCaseSearchRow,
  type SearchKey,
} from "./search-query";

/**
 * The lookup for a signed-in viewer: only cases caseSearchAccess() lets them list (practice logins
 * search their sandbox, everyone else only real cases of the countries their role allows).
 * Showing a result list writes no access-log row; opening a case does.
 */
export async function searchCases(
  viewer: Viewer,
  input: SearchInput & { queue?: CaseQueue },
  after?: SearchKey,
): Promise<CaseSearchPage> {
  if (!can(viewer, "case:search")) throw new AppError("common:errors.forbidden", 403);
  // On the plain pg pool when there is one (see server/sql-reader.ts).
  const queue = input.queue ?? "all";
  // A queue without a typed name has nothing to rank: newest first, as a work list should be.
  const p =
    queue !== "all" && input.sort === "relevance" && !input.q.trim()
      ? { ...input, sort: "newest" as const }
      : input;
  // The lookup across the network tolerates a little replication lag and goes to the replica
  // when there is one (decision 155); a work queue is the viewer's own recent work (a case just
  // assigned to me) and reads the primary.
  const rows = queue === "all" ? await getLagTolerantSqlRows() : await getSqlRows();
  const page = await runCaseSearch(rows, caseSearchAccess(viewer), p, after, queueSql(viewer, queue), viewer);
  return { ...page, rows: page.rows.map((r) => rowForViewer(viewer, r)) };
}

/**
 * A work queue narrows the viewer's search scope, never widens it (decision 148): "mine" is the
 * cases assigned to the viewer; "new" the claims nobody has verified yet (REPORTED, not merged)
 * of the viewer's own country, and of their region when they have one (claims without a region
 * too, so none falls between regions). A practice login's queues are its sandbox's.
 */
export function queueSql(viewer: Viewer, queue: CaseQueue): Prisma.Sql[] {
  switch (queue) {
    case "all":
      return [];
    case "mine":
      return [Prisma.sql`c."assignedUserId" = ${viewer.id}::uuid`];
    case "new": {
      const fresh = Prisma.sql`c.status = 'REPORTED'::"CaseStatus" AND c."duplicateOfId" IS NULL`;
      if (viewer.practiceSessionId) return [fresh];
      const region = viewer.regionId
        ? [Prisma.sql`(c."regionId" = ${viewer.regionId}::uuid OR c."regionId" IS NULL)`]
        : [];
      return [fresh, Prisma.sql`c."countryCode" = ${viewer.countryCode}`, ...region];
    }
  }
}

/**
 * A result row as the family's consent level and the seal let this viewer see it: the card's
 * fields (name, age, sex, photo, number, country, status) for another country's IDENTIFYING
 * claim, name and number only for a sealed one outside the owning unit.
 */
function rowForViewer(viewer: Viewer, raw: RawCaseSearchRow): CaseSearchRow {
  const { crossBorderConsent, sealedAt, assignedOrgId, ...r } = raw;
  const access = caseAccess(viewer, {
    countryCode: r.countryCode,
    crossBorderConsent,
    sealedAt,
    assignedOrgId,
    practiceSessionId: r.practice ? "sandbox" : null,
  });
  if (access === "full") return r;
  const sealed = access !== "identifying";
  return {
    ...r,
    lastSeenCity: null,
    lastSeenAt: null,
    regionName: null,
    traffickingFlag: false,
    possibleDuplicate: false,
    otherNames: sealed ? null : r.otherNames,
    age: sealed ? null : r.age,
    photoId: sealed ? null : r.photoId,
  };
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
