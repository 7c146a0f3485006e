// Database time of the name search, two ways on the same typo'd queries: through the app's data
// path (runCaseSearch: Prisma, a transaction with SET LOCAL, the SQL built by search-query.ts)
// and through a hand-written SQL query doing the same thing on a plain pg connection (the
// floor). The order alternates per query so neither side always runs on a warmer cache.
import pg from "pg";
import type { PrismaClient } from "../src/generated/prisma/client";
import { wideWordVariants, wordVariants } from "../src/lib/names/name-variants";
import { SearchInput } from "../src/features/cases/schemas";
import {
  classifyQuery,
  PAGE_SIZE,
  runCaseSearch,
  WORD_SIMILARITY_THRESHOLD,
} from "../src/features/cases/data/search-query";
import { caseReadAccess } from "../src/server/policy";
import type { Viewer } from "../src/server/viewer";

export interface BenchQuery {
  q: string;
  targetId: string;
}

// What a police officer's lookup does, written by hand: scope (real cases), every typed word
// matching a name word (dictionary expansion + GIN over the name's words), ranking, one page;
// broadened to all words but one when nothing matches them all.
function plainCond(words: string[], i: number): string {
  const w = `$${2 * i + 2}`;
  // An unknown 2-letter word is a shortening (first letter, then the second later), as in the app.
  const unknown =
    words[i]!.length === 2
      ? `nw.word LIKE substr(${w}, 1, 1) || '%' || substr(${w}, 2, 1) || '%'`
      : `(nw.word % ${w} AND similarity(nw.word, ${w}) >= ${WORD_SIMILARITY_THRESHOLD})`;
  return `string_to_array(c."searchName", ' ') && ARRAY(
      SELECT nw.word FROM "CaseNameWord" nw WHERE nw.word = ANY($${2 * i + 3}::text[])
        OR (${unknown} AND NOT EXISTS (SELECT 1 FROM "CaseNameWord" k WHERE k.word = ${w})))`;
}

export function plainMatch(words: string[], allButOne: boolean): string {
  const conds = words.map((_, i) => plainCond(words, i));
  return !allButOne
    ? conds.join(" AND ")
    : conds.map((_, skip) => `(${conds.filter((_, i) => i !== skip).join(" AND ")})`).join(" OR ");
}

/** The floor's score of a row against the typed name ($1). */
export const PLAIN_SCORE = `word_similarity($1, c."searchName") + similarity(c."searchName", $1)`;

/**
 * Broadened, the app ranks first the cases with every word two slips away (one a sound-alike,
 * wideWordVariants): the same bonus, the wide variants in the parameters after plainParams'.
 */
function plainBroadScore(words: string[]): string {
  const wide = words.map(
    (_, i) => `string_to_array(c."searchName", ' ') && ARRAY(
      SELECT nw.word FROM unnest($${2 * words.length + 2 + i}::text[]) AS v(word) JOIN "CaseNameWord" nw ON nw.word = v.word)`,
  );
  return `${PLAIN_SCORE} + CASE WHEN ${wide.join(" AND ")} THEN 2 ELSE 0 END`;
}

/** The floor's parameters: the typed name, then each word and its one-slip variants. */
export function plainParams(name: string, words: string[], broadened = false): unknown[] {
  const base = [name, ...words.flatMap((w) => [w, [w, ...wordVariants(w)]])];
  return broadened ? [...base, ...words.map((w) => [w, ...wideWordVariants(w)])] : base;
}

function plainSql(words: string[], allButOne: boolean): string {
  const match = plainMatch(words, allButOne);
  return `
    SELECT c.id, c."caseNumber", c."givenNames", c."familyNames", c.status, c."countryCode",
           c."lastSeenCity", c."lastSeenAt",
           ${allButOne && words.length >= 2 ? plainBroadScore(words) : PLAIN_SCORE} AS score
    FROM "Case" c
    WHERE c."practiceSessionId" IS NULL AND (${match})
    ORDER BY score DESC, c."lastSeenAt" DESC, c.id
    LIMIT ${PAGE_SIZE + 1}`;
}

/** The floor's lookup: the hand-written SQL above on a plain pg client or pool. */
export async function plainSearch(client: pg.Client | pg.Pool, q: string) {
  const kind = classifyQuery(q);
  if (kind.kind !== "name" || !kind.words.length) throw new Error(`not a name query: ${q}`);
  const strict = await client.query<{ id: string }>(
    plainSql(kind.words, false),
    plainParams(kind.name, kind.words),
  );
  if (strict.rows.length || kind.words.length < 2) return strict.rows;
  return (
    await client.query<{ id: string }>(plainSql(kind.words, true), plainParams(kind.name, kind.words, true))
  ).rows;
}

export interface DbTiming {
  appMs: number[];
  plainMs: number[];
  hits: number;
  plainHits: number;
  /** The queries whose person the app's first 20 rows did not hold. */
  misses: BenchQuery[];
}

export async function timeDatabase(
  prisma: PrismaClient,
  url: string,
  viewer: Viewer,
  queries: BenchQuery[],
  log: (m: string) => void,
): Promise<DbTiming> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const scope = caseReadAccess(viewer);
  const out: DbTiming = { appMs: [], plainMs: [], hits: 0, plainHits: 0, misses: [] };
  const app = async (q: BenchQuery) => {
    const t0 = performance.now();
    const page = await runCaseSearch(prisma, scope, SearchInput.parse({ q: q.q }), undefined, [], null);
    out.appMs.push(performance.now() - t0);
    if (page.rows.slice(0, 20).some((r) => r.id === q.targetId)) out.hits++;
    else out.misses.push(q);
  };
  const plain = async (q: BenchQuery) => {
    const t0 = performance.now();
    const rows = await plainSearch(client, q.q);
    out.plainMs.push(performance.now() - t0);
    if (rows.slice(0, 20).some((r) => r.id === q.targetId)) out.plainHits++;
  };
  try {
    for (const [i, q] of queries.entries()) {
      if (i % 2 === 0) {
        await app(q);
        await plain(q);
      } else {
        await plain(q);
        await app(q);
      }
      if ((i + 1) % 100 === 0) log(`  ${i + 1} / ${queries.length} queries`);
    }
  } finally {
    await client.end();
  }
  return out;
}
