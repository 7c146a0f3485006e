// Database time of the name search, two ways on the same typo'd queries: through the app's data
// path (runCaseSearch: Prisma, a transaction with SET LOCAL, the SQL built by search-query.ts)
// and through a hand-written SQL query doing the same thing on a plain pg connection (the
// floor). The order alternates per query so neither side always runs on a warmer cache.
import pg from "pg";
import type { PrismaClient } from "../src/generated/prisma/client";
import { normalizeName } from "../src/features/cases/normalize";
import { SearchInput } from "../src/features/cases/schemas";
import { NAME_SIMILARITY_THRESHOLD, PAGE_SIZE, runCaseSearch } from "../src/features/cases/search-query";
import { caseReadScope } from "../src/server/policy";
import type { Viewer } from "../src/server/viewer";

export interface BenchQuery {
  q: string;
  targetId: string;
}

// What a police officer's lookup does, written by hand: scope (real cases), word-similarity
// match through the GIN index, ranking, one page.
const PLAIN_SQL = `
  SELECT c.id, c."caseNumber", c."givenNames", c."familyNames", c.status, c."countryCode",
         c."lastSeenCity", c."lastSeenAt",
         word_similarity($1, c."searchName") + similarity(c."searchName", $1) AS score
  FROM "Case" c
  WHERE c."practiceSessionId" IS NULL AND $1 <% c."searchName"
  ORDER BY score DESC, c."lastSeenAt" DESC, c.id
  LIMIT ${PAGE_SIZE + 1}`;

export interface DbTiming {
  appMs: number[];
  plainMs: number[];
  hits: number;
  plainHits: number;
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
  await client.query(`SET pg_trgm.word_similarity_threshold = ${NAME_SIMILARITY_THRESHOLD}`);
  const scope = caseReadScope(viewer);
  const out: DbTiming = { appMs: [], plainMs: [], hits: 0, plainHits: 0 };
  const app = async (q: BenchQuery) => {
    const t0 = performance.now();
    const page = await runCaseSearch(prisma, scope, SearchInput.parse({ q: q.q }));
    out.appMs.push(performance.now() - t0);
    if (page.rows.slice(0, 20).some((r) => r.id === q.targetId)) out.hits++;
  };
  const plain = async (q: BenchQuery) => {
    const t0 = performance.now();
    const res = await client.query<{ id: string }>(PLAIN_SQL, [normalizeName(q.q)]);
    out.plainMs.push(performance.now() - t0);
    if (res.rows.slice(0, 20).some((r) => r.id === q.targetId)) out.plainHits++;
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
