// npm run bench:lookup [-- --n 100000] [--queries 500] [--duration 30] [--reuse] [--no-http] [--build] [--misses]
//
// Generates N synthetic cases (default 1,000,000) into BENCH_DATABASE_URL, then measures in one run:
// the database time of the name search (app data path vs plain SQL), the lookup end to end at 10
// concurrent clients against `next start` of the built app beside a bare node:http + pg floor
// running the database floor's SQL (bench/lookup-floor.ts), and recall@20; --misses explains
// each query whose person was not among the first 20 (bench/lookup-misses.ts). Appends the machine
// and the figures to docs/BENCHMARKS.md. Not a test: nothing here asserts a time.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { applyMigrations } from "../src/server/migrations";
import { createPrismaHandle } from "../src/server/prisma-factory";
import { connectSql } from "../src/server/sql-client";
import { createUser } from "../src/testing/factories";
import { misspell } from "../src/testing/names";
import { createRng } from "../src/testing/random";
import { fillCases, recreateDatabase, type BenchRow } from "./bench-data";
import { timeDatabase, type BenchQuery } from "./db-timing";
import { timeFloorHttp, timeHttp } from "./http-timing";
import { explainMisses } from "./lookup-misses";
import { appendReport } from "./report";

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};

const URL_ = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/reencuentro_bench";
const N = option("n", 1_000_000);
const QUERIES = Math.max(500, option("queries", 500));
const DURATION = option("duration", 30);
const PORT = option("port", 3190);
const DIST = process.env.NEXT_DIST_DIR ?? ".next-bench";
const EMAIL = "bench.police@bench.test";
const PASSWORD = "bench-lookup-password-1";
const log = (m: string) => console.log(m);

async function loadRows(reuse: boolean): Promise<{ rows: BenchRow[]; generateS: number | null }> {
  const { default: pg } = await import("pg");
  if (reuse) {
    const c = new pg.Client({ connectionString: URL_ });
    await c.connect();
    const res = await c
      .query<BenchRow>(
        `SELECT id, "caseNumber", "countryCode", "givenNames", "familyNames", "otherNames" FROM "Case"`,
      )
      .catch(() => ({ rows: [] as BenchRow[] }));
    await c.end();
    if (res.rows.length) {
      // Reused data still gets any migration added since it was generated.
      const sql = await connectSql(URL_);
      await applyMigrations(sql, log).finally(() => sql.close());
      return { rows: res.rows, generateS: null };
    }
    log("No data to reuse: generating.");
  }
  const t0 = Date.now();
  log(`Generating ${N.toLocaleString("en-US")} cases into ${new URL(URL_).pathname.slice(1)}`);
  await recreateDatabase(URL_);
  const rows = await fillCases(URL_, N, 20261128, log);
  return { rows, generateS: (Date.now() - t0) / 1000 };
}

/** Officer-style typos of full names: the person searched for is known, so recall can be checked. */
function makeQueries(rows: BenchRow[]): BenchQuery[] {
  const rng = createRng(5150);
  return Array.from({ length: QUERIES }, () => {
    const row = rows[rng.int(0, rows.length - 1)]!;
    return { q: misspell(rng, `${row.givenNames} ${row.familyNames}`), targetId: row.id };
  });
}

async function main() {
  const { rows, generateS } = await loadRows(flag("reuse"));
  const handle = await createPrismaHandle(URL_);
  try {
    const user =
      (await handle.db.user.findUnique({ where: { email: EMAIL } })) ??
      (await createUser(handle.db, { email: EMAIL, role: "POLICE", countryCode: "BZ", password: PASSWORD }));
    const viewer = { ...user, role: "POLICE" as const };
    const queries = makeQueries(rows);
    log(`Database timing over ${queries.length} typo'd queries`);
    const db = await timeDatabase(handle.db, URL_, viewer, queries, log);
    log(`Recall@20 misses: ${db.misses.length}`);
    if (flag("misses")) await explainMisses(URL_, db.misses, log);
    let http = null;
    let floor = null;
    if (!flag("no-http")) {
      if (flag("build") || !fs.existsSync(`${DIST}/BUILD_ID`)) {
        log(`Building the app into ${DIST}`);
        execFileSync("npm", ["run", "build"], {
          stdio: "inherit",
          env: { ...process.env, NEXT_DIST_DIR: DIST },
        });
      }
      log("End-to-end timing");
      http = await timeHttp({
        url: URL_,
        distDir: DIST,
        port: PORT,
        email: EMAIL,
        password: PASSWORD,
        queries: queries.map((q) => q.q),
        durationS: DURATION,
        log,
      });
      floor = await timeFloorHttp({
        url: URL_,
        port: PORT + 1,
        queries: queries.map((q) => q.q),
        durationS: DURATION,
        log,
      });
    }
    console.log(
      appendReport({ n: rows.length, url: URL_, queries: queries.length, db, http, floor, generateS }),
    );
  } finally {
    await handle.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
