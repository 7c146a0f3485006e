// The case lookup in SQL: one statement with the viewer's scope, the match (search-match.ts), the
// filters, the order and one page. Accent-insensitive because both sides are normalized the same
// way (normalize.ts). No "server-only" here: the benchmark runs this same code; authorization
// comes in as the Scope value policy.ts decides (caseSearchAccess), turned into SQL by scopeSql.
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import type { SearchInput } from "../schemas";
import type { Scope } from "@/server/scope";
import { scopeSql } from "@/server/scope-sql";
import { cardAccessSql, fullAccessSql, unsealedSql, type ConsentReader } from "@/server/consent-sql";
import {
  classifyQuery,
  matchSql,
  WORD_SIMILARITY_THRESHOLD,
  type MatchMode,
  type QueryKind,
} from "@/server/search-match";

export { classifyQuery, WORD_SIMILARITY_THRESHOLD };

export const PAGE_SIZE = 20;

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
  /** Null where the family's consent or a seal keeps it from this viewer (search.ts). */
  lastSeenCity: string | null;
  /** Null where the family's consent or a seal keeps it from this viewer (search.ts). */
  lastSeenAt: Date | null;
  practice: boolean;
  traffickingFlag: boolean;
  possibleDuplicate: boolean;
  photoId: string | null;
  score: number;
}

/** What the consent rule needs to decide what of a row the viewer sees (search.ts); never sent. */
export interface CaseConsentColumns {
  crossBorderConsent: "NETWORK" | "IDENTIFYING" | "OWN_COUNTRY";
  sealedAt: Date | null;
  assignedOrgId: string | null;
}

export type RawCaseSearchRow = CaseSearchRow & CaseConsentColumns;

export interface CaseSearchPage<Row = CaseSearchRow> {
  rows: Row[];
  page: number;
  hasMore: boolean;
  /** True when no case had every typed word and the results match all words but one. */
  broadened: boolean;
  /** Where the next page starts (the API's cursor), null on the last page. */
  next: SearchKey | null;
}

/**
 * A keyset page of the lookup starts after the last row of the previous one: its place in the
 * order (score, lastSeenAt, id) and the match set the first page settled on (all words, or all
 * but one), so a cursor walk never switches sets halfway.
 */
export interface SearchKey {
  mode: MatchMode;
  score: number;
  /** The row's time in the order: lastSeenAt, or createdAt for the "newest" sort. */
  at: Date;
  id: string;
}

// Age when last seen: from the date of birth when known, else the approximate age given.
const AGE = Prisma.sql`COALESCE(date_part('year', age(c."lastSeenAt"::date, c."dateOfBirth"))::int, c."approxAge")`;

/**
 * "Possible duplicate": merged into another claim, another merged into it, or a same-person
 * proposal of the matching engine still open (decision 091; it replaced the intake's flag).
 */
const DUPLICATE = Prisma.sql`(c."duplicateOfId" IS NOT NULL
  OR EXISTS (SELECT 1 FROM "Case" m WHERE m."duplicateOfId" = c.id)
  OR EXISTS (SELECT 1 FROM "MatchProposal" mp WHERE mp.kind = 'DUPLICATE'
    AND mp.status IN ('PROPOSED', 'NEEDS_INFO') AND (mp."caseId" = c.id OR mp."otherCaseId" = c.id)))`;

/**
 * Who reads the lookup, for the consent rule on its filters: null only where the scope has no
 * viewer behind it (benchmarks, parity tests), and then every filter runs on every column.
 */
export type SearchReader = ConsentReader | null;

/**
 * The filters. One on a column the viewer's access hides matches only the claims they see in
 * full (region, dates, trafficking, duplicates) or at least as a card (sex, age, photo): a
 * card must never answer "yes, this one" to a question about what the family kept back.
 */
function filterSql(p: SearchInput, reader: SearchReader): Prisma.Sql[] {
  const full = (cond: Prisma.Sql) => (reader ? Prisma.sql`(${fullAccessSql(reader)} AND ${cond})` : cond);
  const card = (cond: Prisma.Sql) => (reader ? Prisma.sql`(${cardAccessSql(reader)} AND ${cond})` : cond);
  const f: Prisma.Sql[] = [];
  if (p.country) f.push(Prisma.sql`c."countryCode" = ${p.country}`);
  if (p.regionId) f.push(full(Prisma.sql`c."regionId" = ${p.regionId}::uuid`));
  if (p.status) f.push(Prisma.sql`c.status = ${p.status}::"CaseStatus"`);
  if (p.sex) f.push(card(Prisma.sql`c.sex = ${p.sex}::"Sex"`));
  if (p.ageMin !== undefined) f.push(card(Prisma.sql`${AGE} >= ${p.ageMin}`));
  if (p.ageMax !== undefined) f.push(card(Prisma.sql`${AGE} <= ${p.ageMax}`));
  if (p.lastSeenFrom) f.push(full(Prisma.sql`c."lastSeenAt" >= ${p.lastSeenFrom}::date`));
  if (p.lastSeenTo) f.push(full(Prisma.sql`c."lastSeenAt" < ${p.lastSeenTo}::date + 1`));
  if (p.trafficking) f.push(full(Prisma.sql`c."traffickingFlag"`));
  if (p.hasPhoto) f.push(card(Prisma.sql`EXISTS (SELECT 1 FROM "CasePhoto" ph WHERE ph."caseId" = c.id)`));
  if (p.possibleDuplicate) f.push(full(DUPLICATE));
  return f;
}

/** Where rows without a date in the order sit: after every dated row, among themselves by id. */
const NEUTRAL_TIME = Prisma.sql`'0001-01-01'::timestamp`;

/**
 * The time a row is ordered by. "newest": by filing time, for the work queues (index on
 * (countryCode, status, createdAt) and (assignedUserId, createdAt)); else the date last seen. A
 * row the viewer sees only as a card (or sealed) carries no date last seen, so it is ordered by a
 * neutral key: after the dated rows, by its random id. Ordered by its hidden date, its place
 * between two dated rows would bracket the date the family kept back.
 */
function orderTimeSql(column: "createdAt" | "lastSeenAt", reader: SearchReader): Prisma.Sql {
  const col = Prisma.raw(`c."${column}"`);
  if (!reader || column === "createdAt") return col;
  return Prisma.sql`(CASE WHEN ${fullAccessSql(reader)} THEN ${col} ELSE ${NEUTRAL_TIME} END)`;
}

/** The whole lookup as one statement: scope, match, filters, order, one page (+1 row). */
export function buildCaseSearchSql(
  scope: Scope,
  p: SearchInput,
  mode: MatchMode = "all",
  kind: QueryKind = classifyQuery(p.q),
  limit = PAGE_SIZE + 1,
  after: SearchKey | undefined = undefined,
  /** More conditions on `c` decided by the caller's data layer (a work queue's). */
  extra: readonly Prisma.Sql[],
  reader: SearchReader,
): Prisma.Sql {
  const match = matchSql(kind, mode, reader ? fullAccessSql(reader) : undefined);
  // A sealed record answers to its name only for those who see it unsealed: a name search that
  // brought up "located" (even as a sealed card) would tell the one searching what it hides.
  const named =
    kind.kind === "name" && reader ? Prisma.sql`(${unsealedSql(reader)} AND ${match.where})` : match.where;
  const byRelevance = p.sort === "relevance" && kind.kind === "name";
  const time = orderTimeSql(p.sort === "newest" ? "createdAt" : "lastSeenAt", reader);
  // float8 so the score a cursor carries back compares equal to the one computed again (a
  // real printed and read back is not the same number).
  const score = Prisma.sql`(${match.score})::float8`;
  const where = [scopeSql(scope), named, ...filterSql(p, reader), ...extra];
  if (after) where.push(keysetSql(after, byRelevance ? score : null, time));
  const innerOrder = byRelevance
    ? Prisma.sql`score DESC, ${time} DESC, c.id`
    : Prisma.sql`${time} DESC, c.id`;
  const outerOrder = byRelevance
    ? Prisma.sql`page.score DESC, page.at DESC, page.id`
    : Prisma.sql`page.at DESC, page.id`;
  // Rank and cut the page first, on the matching rows only; the display columns (region, age,
  // first photo) are then computed for the page's rows, not for every candidate.
  return Prisma.sql`
    WITH page AS (
      SELECT c.id, ${time} AS at, ${score} AS score
      FROM "Case" c
      WHERE ${Prisma.join(where, " AND ")}
      ORDER BY ${innerOrder}
      LIMIT ${limit} OFFSET ${after ? 0 : (p.page - 1) * PAGE_SIZE}
    )
    SELECT c.id, c."caseNumber", c."givenNames", c."familyNames", c."otherNames", c.sex::text AS sex,
      ${AGE} AS age, c.status::text AS status, c."countryCode", r.name AS "regionName",
      c."lastSeenCity", c."lastSeenAt", c."practiceSessionId" IS NOT NULL AS practice,
      c."traffickingFlag", ${DUPLICATE} AS "possibleDuplicate",
      (SELECT ph.id FROM "CasePhoto" ph WHERE ph."caseId" = c.id ORDER BY ph.position LIMIT 1) AS "photoId",
      page.score, page.at, c."crossBorderConsent"::text AS "crossBorderConsent", c."sealedAt",
      c."assignedOrgId"
    FROM page JOIN "Case" c ON c.id = page.id LEFT JOIN "Region" r ON r.id = c."regionId"
    ORDER BY ${outerOrder}`;
}

/** Rows after the key in the order "score DESC (when ranked), time DESC, id". */
function keysetSql(k: SearchKey, score: Prisma.Sql | null, time: Prisma.Sql): Prisma.Sql {
  const at = k.at.toISOString();
  const byTime = Prisma.sql`(${time} < ${at}::timestamp
    OR (${time} = ${at}::timestamp AND c.id > ${k.id}::uuid))`;
  if (!score) return byTime;
  return Prisma.sql`(${score} < ${k.score}::float8 OR (${score} = ${k.score}::float8 AND ${byTime}))`;
}

/** Where the lookup's SQL runs: the plain pg pool (server/sql-reader.ts) or a Prisma client. */
export type SearchDb = (<T>(sql: Prisma.Sql) => Promise<T[]>) | Pick<PrismaClient, "$queryRaw">;

type Rows = <T>(sql: Prisma.Sql) => Promise<T[]>;
/** A row as the statement returns it: with its time in the order, for the next key. */
type KeyedRow = RawCaseSearchRow & { at: Date };

function rowsOf(db: SearchDb): Rows {
  return typeof db === "function" ? db : <T>(sql: Prisma.Sql) => db.$queryRaw<T[]>(sql);
}

/**
 * All typed words first; only when no case has them all, all words but one (so one garbled word
 * does not hide the person). Later pages stay on the same set: broadening happens only when the
 * strict set is empty altogether.
 */
async function runNameSearch(
  query: Rows,
  scope: Scope,
  p: SearchInput,
  kind: QueryKind,
  extra: readonly Prisma.Sql[],
  reader: SearchReader,
) {
  const sql = (q: SearchInput, mode: MatchMode, limit = PAGE_SIZE + 1) =>
    buildCaseSearchSql(scope, q, mode, kind, limit, undefined, extra, reader);
  const rows = await query<RawCaseSearchRow>(sql(p, "all"));
  if (rows.length || kind.kind !== "name" || kind.words.length < 2) return { rows, broadened: false };
  if (p.page > 1) {
    const any = await query<RawCaseSearchRow>(sql({ ...p, page: 1 }, "all", 1));
    if (any.length) return { rows, broadened: false };
  }
  return {
    rows: await query<RawCaseSearchRow>(sql(p, "allButOne")),
    broadened: true,
  };
}

/** Runs the lookup: usually one statement, two when it has to broaden. */
export async function runCaseSearch(
  db: SearchDb,
  scope: Scope,
  p: SearchInput,
  after: SearchKey | undefined,
  extra: readonly Prisma.Sql[],
  reader: SearchReader,
): Promise<CaseSearchPage<RawCaseSearchRow>> {
  const kind = classifyQuery(p.q);
  const { rows, broadened } = after
    ? {
        rows: await rowsOf(db)<KeyedRow>(
          buildCaseSearchSql(scope, p, after.mode, kind, PAGE_SIZE + 1, after, extra, reader),
        ),
        broadened: after.mode === "allButOne",
      }
    : await runNameSearch(rowsOf(db), scope, p, kind, extra, reader);
  const page = (rows as KeyedRow[])
    .slice(0, PAGE_SIZE)
    .map((r) => ({ ...r, score: Number(r.score), age: r.age === null ? null : Number(r.age) }));
  const last = page.at(-1);
  const hasMore = rows.length > PAGE_SIZE;
  return {
    rows: page.map(({ at: _at, ...r }) => r),
    page: p.page,
    hasMore,
    broadened,
    next:
      hasMore && last
        ? {
            mode: broadened ? "allButOne" : "all",
            score: last.score,
            at: last.at,
            id: last.id,
          }
        : null,
  };
}
