// The case lookup in SQL. pg_trgm's `<%` operator (word similarity) finds names through the GIN
// index on Case.searchName: accent- and particle-free (both sides are normalized), word order
// free (trigrams form a set), tolerant of typos, and a query of one or two of the person's names
// still matches a record with four (word similarity scores the best-matching stretch); exact
// matches cover case numbers, identity documents and reporter phones. No "server-only" here: the
// benchmark runs this same code; authorization comes in as the scope from caseReadScope().
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { COUNTRIES } from "../../../prisma/reference/countries";
import { CASE_NUMBER_PATTERN } from "./case-number";
import { documentKey, normalizeName, phoneDigits } from "./normalize";
import type { SearchInput } from "./schemas";
import { caseScopeSql } from "./scope-sql";

export const PAGE_SIZE = 20;
/**
 * Minimum word similarity for a name match. 0.45 keeps recall@20 near 1 on officer-style typos
 * while the GIN index stays selective (see docs/BENCHMARKS.md and docs/decisions/031).
 */
export const NAME_SIMILARITY_THRESHOLD = 0.45;

export type QueryKind =
  | { kind: "none" }
  | { kind: "name"; name: string }
  | { kind: "exact"; caseNumber: string; docKey: string; phones: string[] };

/** Decides how to read what the officer typed. Names never contain digits. */
export function classifyQuery(q: string): QueryKind {
  const trimmed = q.trim();
  if (!trimmed) return { kind: "none" };
  const upper = trimmed.toUpperCase().replace(/\s+/g, "");
  if (CASE_NUMBER_PATTERN.test(upper)) return { kind: "exact", caseNumber: upper, docKey: "", phones: [] };
  const digits = trimmed.replace(/\D/g, "");
  if (digits.length >= 4) {
    const local = phoneDigits(trimmed);
    // A local number typed without the country code matches under any network dial code.
    const phones = local
      ? [local, ...COUNTRIES.map((c) => c.dialCode.slice(1) + local.replace(/^0+/, ""))]
      : [];
    return { kind: "exact", caseNumber: upper, docKey: documentKey(trimmed), phones: [...new Set(phones)] };
  }
  const name = normalizeName(trimmed);
  return name ? { kind: "name", name } : { kind: "none" };
}

export interface CaseSearchRow {
  id: string;
  caseNumber: string;
  givenNames: string;
  familyNames: string;
  otherNames: string | null;
  sex: string;
  age: number | null;
  status: string;
  countryCode: string;
  regionName: string | null;
  lastSeenCity: string;
  lastSeenAt: Date;
  practice: boolean;
  traffickingFlag: boolean;
  possibleDuplicate: boolean;
  photoId: string | null;
  score: number;
}

export interface CaseSearchPage {
  rows: CaseSearchRow[];
  page: number;
  hasMore: boolean;
}

// Age when last seen: from the date of birth when known, else the approximate age given.
const AGE = Prisma.sql`COALESCE(date_part('year', age(c."lastSeenAt"::date, c."dateOfBirth"))::int, c."approxAge")`;

function matchSql(kind: QueryKind): { where: Prisma.Sql; score: Prisma.Sql } {
  if (kind.kind === "name") {
    return {
      where: Prisma.sql`${kind.name} <% c."searchName"`,
      // Ties on the best-matching stretch go to the record whose whole name is closest.
      score: Prisma.sql`word_similarity(${kind.name}, c."searchName") + similarity(c."searchName", ${kind.name})`,
    };
  }
  if (kind.kind === "exact") {
    const ors = [Prisma.sql`c."caseNumber" = ${kind.caseNumber}`];
    if (kind.docKey) ors.push(Prisma.sql`case_doc_key(c."identityDocument") = ${kind.docKey}`);
    if (kind.phones.length) ors.push(Prisma.sql`c."reporterPhoneDigits" IN (${Prisma.join(kind.phones)})`);
    return { where: Prisma.sql`(${Prisma.join(ors, " OR ")})`, score: Prisma.sql`1.0::real` };
  }
  return { where: Prisma.sql`TRUE`, score: Prisma.sql`0.0::real` };
}

function filterSql(p: SearchInput): Prisma.Sql[] {
  const f: Prisma.Sql[] = [];
  if (p.country) f.push(Prisma.sql`c."countryCode" = ${p.country}`);
  if (p.regionId) f.push(Prisma.sql`c."regionId" = ${p.regionId}::uuid`);
  if (p.status) f.push(Prisma.sql`c.status = ${p.status}::"CaseStatus"`);
  if (p.sex) f.push(Prisma.sql`c.sex = ${p.sex}::"Sex"`);
  if (p.ageMin !== undefined) f.push(Prisma.sql`${AGE} >= ${p.ageMin}`);
  if (p.ageMax !== undefined) f.push(Prisma.sql`${AGE} <= ${p.ageMax}`);
  if (p.lastSeenFrom) f.push(Prisma.sql`c."lastSeenAt" >= ${p.lastSeenFrom}::date`);
  if (p.lastSeenTo) f.push(Prisma.sql`c."lastSeenAt" < ${p.lastSeenTo}::date + 1`);
  if (p.trafficking) f.push(Prisma.sql`c."traffickingFlag"`);
  if (p.hasPhoto) f.push(Prisma.sql`EXISTS (SELECT 1 FROM "CasePhoto" ph WHERE ph."caseId" = c.id)`);
  if (p.possibleDuplicate) {
    f.push(Prisma.sql`(c."possibleDuplicate" OR c."duplicateOfId" IS NOT NULL
      OR EXISTS (SELECT 1 FROM "DuplicateCandidate" d WHERE d."caseId" = c.id OR d."otherCaseId" = c.id))`);
  }
  return f;
}

/** The whole lookup as one statement: scope, match, filters, order, one page (+1 row). */
export function buildCaseSearchSql(scope: Prisma.CaseWhereInput, p: SearchInput): Prisma.Sql {
  const kind = classifyQuery(p.q);
  const match = matchSql(kind);
  const where = [caseScopeSql(scope), match.where, ...filterSql(p)];
  const byRelevance = p.sort === "relevance" && kind.kind === "name";
  const order = byRelevance
    ? Prisma.sql`score DESC, c."lastSeenAt" DESC, c.id`
    : Prisma.sql`c."lastSeenAt" DESC, c.id`;
  return Prisma.sql`
    SELECT c.id, c."caseNumber", c."givenNames", c."familyNames", c."otherNames", c.sex::text AS sex,
      ${AGE} AS age, c.status::text AS status, c."countryCode", r.name AS "regionName",
      c."lastSeenCity", c."lastSeenAt", c."practiceSessionId" IS NOT NULL AS practice,
      c."traffickingFlag", c."possibleDuplicate",
      (SELECT ph.id FROM "CasePhoto" ph WHERE ph."caseId" = c.id ORDER BY ph.position LIMIT 1) AS "photoId",
      ${match.score} AS score
    FROM "Case" c LEFT JOIN "Region" r ON r.id = c."regionId"
    WHERE ${Prisma.join(where, " AND ")}
    ORDER BY ${order}
    LIMIT ${PAGE_SIZE + 1} OFFSET ${(p.page - 1) * PAGE_SIZE}`;
}

/**
 * Runs the lookup. The similarity threshold is set with SET LOCAL inside the same transaction,
 * so it never leaks to other queries on a pooled connection.
 */
export async function runCaseSearch(
  db: PrismaClient,
  scope: Prisma.CaseWhereInput,
  p: SearchInput,
): Promise<CaseSearchPage> {
  const sql = buildCaseSearchSql(scope, p);
  const [, rows] = await db.$transaction([
    db.$executeRawUnsafe(`SET LOCAL pg_trgm.word_similarity_threshold = ${NAME_SIMILARITY_THRESHOLD}`),
    db.$queryRaw<CaseSearchRow[]>(sql),
  ]);
  return {
    rows: rows
      .slice(0, PAGE_SIZE)
      .map((r) => ({ ...r, score: Number(r.score), age: r.age === null ? null : Number(r.age) })),
    page: p.page,
    hasMore: rows.length > PAGE_SIZE,
  };
}
