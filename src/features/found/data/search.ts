import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { documentKey } from "@/lib/names/normalize";
import { classifyQuery, matchSql, type MatchMode } from "@/server/search-match";
import { getDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { can, foundReadAccess } from "@/server/policy";
import { unsealedSql, type ConsentReader } from "@/server/consent-sql";
import type { Viewer } from "@/server/viewer";
import { FOUND_NUMBER_PATTERN } from "../options";
import type { FoundSearchInput } from "../schemas";
import type { Scope } from "@/server/scope";
import { scopeSql } from "@/server/scope-sql";

export const FOUND_PAGE_SIZE = 20;

export interface FoundSearchRow {
  foundNumber: string;
  namesGiven: string | null;
  sex: string;
  ageMin: number;
  ageMax: number;
  condition: string;
  status: string;
  countryCode: string;
  regionName: string | null;
  foundPlace: string;
  foundAt: Date;
}

export interface FoundSearchPage {
  rows: FoundSearchRow[];
  page: number;
  hasMore: boolean;
  /** True when no record had every typed name word and the results match all words but one. */
  broadened: boolean;
}

type Scored = FoundSearchRow & { score: unknown };
type Query = ReturnType<typeof classifyQuery>;

/** Found number, identity document, or the same word-level name match as the case lookup. */
function querySql(q: string, kind: Query, mode: MatchMode): { where: Prisma.Sql; score: Prisma.Sql } {
  const upper = q.trim().toUpperCase().replace(/\s+/g, "");
  if (FOUND_NUMBER_PATTERN.test(upper))
    return { where: Prisma.sql`c."foundNumber" = ${upper}`, score: Prisma.sql`1.0` };
  if (kind.kind === "exact") {
    const key = documentKey(q);
    return {
      where: key ? Prisma.sql`case_doc_key(c."identityDocument") = ${key}` : Prisma.sql`FALSE`,
      score: Prisma.sql`1.0`,
    };
  }
  return matchSql(kind, mode);
}

function filterSql(p: FoundSearchInput): Prisma.Sql[] {
  const f: Prisma.Sql[] = [];
  if (p.status) f.push(Prisma.sql`c.status = ${p.status}::"FoundStatus"`);
  if (p.condition) f.push(Prisma.sql`c.condition = ${p.condition}::"FoundCondition"`);
  if (p.sex) f.push(Prisma.sql`c.sex = ${p.sex}::"Sex"`);
  if (p.country) f.push(Prisma.sql`c."countryCode" = ${p.country}`);
  if (p.age !== undefined) f.push(Prisma.sql`c."ageMin" <= ${p.age} AND c."ageMax" >= ${p.age}`);
  if (p.foundFrom) f.push(Prisma.sql`c."foundAt" >= ${p.foundFrom}::date`);
  if (p.foundTo) f.push(Prisma.sql`c."foundAt" < ${p.foundTo}::date + 1`);
  return f;
}

function searchSql(scope: Scope, reader: ConsentReader, p: FoundSearchInput, kind: Query, mode: MatchMode) {
  const match = querySql(p.q, kind, mode);
  // A record that identifies a claim sealed from this viewer is sealed with it (foundReadScope).
  const unsealed = Prisma.sql`(c."identifiedCaseId" IS NULL OR EXISTS (SELECT 1 FROM "Case" k
    WHERE k.id = c."identifiedCaseId" AND ${unsealedSql(reader, "k")}))`;
  const where = [scopeSql(scope, "c", "found"), unsealed, match.where, ...filterSql(p)];
  return Prisma.sql`
    SELECT c."foundNumber", c."namesGiven", c.sex::text AS sex, c."ageMin", c."ageMax",
      c.condition::text AS condition, c.status::text AS status, c."countryCode",
      r.name AS "regionName", c."foundPlace", c."foundAt", ${match.score} AS score
    FROM "FoundPerson" c LEFT JOIN "Region" r ON r.id = c."regionId"
    WHERE ${Prisma.join(where, " AND ")}
    ORDER BY score DESC, c."foundAt" DESC, c.id
    LIMIT ${FOUND_PAGE_SIZE + 1} OFFSET ${(p.page - 1) * FOUND_PAGE_SIZE}`;
}

/**
 * Found records the viewer may read (foundReadAccess), newest first or best name match first.
 * A result list writes no access-log row; opening a record does.
 */
export async function searchFoundPersons(viewer: Viewer, p: FoundSearchInput): Promise<FoundSearchPage> {
  if (!can(viewer, "found:search")) throw new AppError("common:errors.forbidden", 403);
  const db = await getDb();
  const scope = foundReadAccess(viewer);
  const kind = classifyQuery(p.q);
  let rows = await db.$queryRaw<Scored[]>(searchSql(scope, viewer, p, kind, "all"));
  let broadened = false;
  if (!rows.length && p.page === 1 && kind.kind === "name" && kind.words.length >= 2) {
    rows = await db.$queryRaw<Scored[]>(searchSql(scope, viewer, p, kind, "allButOne"));
    broadened = true;
  }
  const page = rows.slice(0, FOUND_PAGE_SIZE).map(({ score: _s, ...r }) => r);
  return { rows: page, page: p.page, hasMore: rows.length > FOUND_PAGE_SIZE, broadened };
}
