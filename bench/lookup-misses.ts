// Why a searched person was not among the first 20 results: for each miss of the recall check,
// the record's name, whether it satisfies the strict match (every typed word) or only the
// broadened one (all words but one), its score, and how many rows of the set it fell in rank
// above it. Printed by `npm run bench:lookup -- --misses`; not part of the report.
import pg from "pg";
import { classifyQuery } from "../src/features/cases/data/search-query";
import type { BenchQuery } from "./db-timing";
import { PLAIN_SCORE, plainMatch, plainParams } from "./db-timing";

export async function explainMisses(url: string, misses: BenchQuery[], log: (m: string) => void) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const m of misses) {
      const kind = classifyQuery(m.q);
      if (kind.kind !== "name" || !kind.words.length) {
        log(`  "${m.q}": not a name query`);
        continue;
      }
      const params = [...plainParams(kind.name, kind.words), m.targetId];
      const t = `$${params.length}::uuid`;
      const strict = plainMatch(kind.words, false);
      const broad = kind.words.length > 1 ? plainMatch(kind.words, true) : "false";
      const res = await client.query<{
        searchName: string;
        strict: boolean;
        broad: boolean;
        score: number;
        strictSet: string;
        above: string;
      }>(
        `WITH t AS (
           SELECT c."searchName", (${strict}) AS strict, (${broad}) AS broad, ${PLAIN_SCORE} AS score
           FROM "Case" c WHERE c.id = ${t})
         SELECT t.*,
           (SELECT count(*) FROM "Case" c WHERE ${strict}) AS "strictSet",
           (SELECT count(*) FROM "Case" c WHERE (CASE WHEN EXISTS (SELECT 1 FROM "Case" c WHERE ${strict})
              THEN ${strict} ELSE ${broad} END) AND ${PLAIN_SCORE} > t.score) AS above
         FROM t`,
        params,
      );
      const r = res.rows[0]!;
      log(
        `  "${m.q}" -> "${r.searchName}": strict ${r.strict}, broadened ${r.broad}, score ${Number(r.score).toFixed(3)}, strict set ${r.strictSet}, scored above it ${r.above}`,
      );
    }
  } finally {
    await client.end();
  }
}
