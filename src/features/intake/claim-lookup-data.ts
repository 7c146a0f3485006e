import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/server/db";
import { rateLimitHitSql, withinLimit, type RateLimit } from "@/server/rate-limit";
import type { ClaimInput } from "./schemas";

// What filing a claim needs to know before it writes, in one round trip (decision 161): the
// country, its neighbours and the region, the claim already filed under the submission id, and
// the client's rate limit, counted only for a new id.

export interface Place {
  casePrefix: string | null;
  regionId: string | null;
  caseNumber: string | null;
  createdAt: Date | null;
  trackingCodeHash: string | null;
  submissionHash: string | null;
  /** The country's neighbours (CountryNeighbour): whose police a minor's or trafficking claim alerts. */
  neighbours: string[];
  /** The per-client limit's count after this claim, when one was asked for and the id is new. */
  limitCount: number | null;
}

/**
 * One round trip: the country's prefix, its neighbours, the region's id, the case already filed
 * under this submission id, and — only when that id is new — one hit on the client's limit (a
 * retry of an acknowledged claim must get its case number back even once the limit is spent).
 */
export async function lookUpClaim(input: ClaimInput, limit?: RateLimit): Promise<Place> {
  const db = await getDb();
  const { country, region } = input.lastSeen;
  const hit = limit
    ? Prisma.sql`, hit AS (${rateLimitHitSql(limit, Prisma.sql`NOT EXISTS (SELECT 1 FROM filed)`)})`
    : Prisma.empty;
  const rows = await db.$queryRaw<Place[]>`
    WITH filed AS (
      SELECT "caseNumber", "createdAt", "trackingCodeHash", "submissionHash" FROM "Case"
      WHERE "submissionId" = ${input.submissionId}
    )${hit}
    SELECT (SELECT "casePrefix" FROM "Country" WHERE code = ${country}) AS "casePrefix",
           ARRAY(SELECT "neighbourCode"::text FROM "CountryNeighbour" WHERE "countryCode" = ${country}
                 ORDER BY 1) AS neighbours,
           (SELECT id::text FROM "Region" WHERE code = ${region ?? null} AND "countryCode" = ${country}) AS "regionId",
           f."caseNumber", f."createdAt", f."trackingCodeHash", f."submissionHash",
           ${limit ? Prisma.sql`(SELECT "count" FROM hit)` : Prisma.sql`NULL::int`} AS "limitCount"
    FROM (SELECT 1) AS one LEFT JOIN filed f ON TRUE`;
  return rows[0]!;
}

/** Over the limit: a new claim (not a replay) that the look-up counted past it. */
export function overLimit(place: Place, limit: RateLimit | undefined): boolean {
  return !!limit && place.limitCount !== null && !withinLimit(limit, Number(place.limitCount));
}
