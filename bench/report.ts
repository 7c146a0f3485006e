// Appends one run's figures to docs/BENCHMARKS.md, with the machine they were measured on.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import { MATCH_STRATEGY } from "../src/server/search-match";
import type { DbTiming } from "./db-timing";
import type { HttpTiming } from "./http-timing";
import { ms, percentile } from "./stats";

const FILE = "docs/BENCHMARKS.md";
const HEADER = `# Benchmarks

Figures appended by \`npm run bench:lookup\` (see bench/lookup.ts). Each run generates N synthetic
cases with realistic Latin American names into a dedicated PostgreSQL database, then measures, in
one run: the database time of the name search through the app's data path (Prisma) beside the
same query hand-written on a plain pg connection (the floor); the lookup end to end over HTTP at 10
concurrent clients against \`next start\`; and recall@20 (the searched person is among the first 20
results) for queries with the typos officers make (src/testing/misspell.ts).

Targets on a 2-core machine at N = 1,000,000: database p95 <= 120 ms, end-to-end p95 <= 300 ms at
10 clients, recall@20 >= 0.95.
`;

function postgresVersion(url: string): string {
  try {
    return execFileSync("psql", [url, "-tAc", "SHOW server_version"], { encoding: "utf8" }).trim();
  } catch {
    return "unknown";
  }
}

export function appendReport(r: {
  n: number;
  url: string;
  queries: number;
  db: DbTiming;
  http: HttpTiming | null;
  /** The plain node:http + pg floor at the same concurrency (bench/lookup-floor.ts). */
  floor: HttpTiming | null;
  generateS: number | null;
}) {
  const cpu = os.cpus();
  const mem = (os.totalmem() / 2 ** 30).toFixed(1);
  const recall = (hits: number) => (hits / r.queries).toFixed(3);
  const lines = [
    "",
    `## ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC — N = ${r.n.toLocaleString("en-US")}`,
    "",
    `Machine: ${cpu[0]?.model ?? "unknown CPU"}, ${cpu.length} cores, ${mem} GiB RAM; PostgreSQL ${postgresVersion(r.url)}; Node ${process.version}; load average at the end ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" / ")} (other work on the machine slows every figure).`,
    `Matching: ${MATCH_STRATEGY}.`,
    r.generateS !== null
      ? `Data generated and loaded in ${r.generateS.toFixed(0)} s.`
      : "Existing benchmark data reused.",
    "",
    "| measure | p50 | p95 | other |",
    "| --- | --- | --- | --- |",
    `| database, app data path (Prisma, ${r.queries} typo'd queries) | ${ms(percentile(r.db.appMs, 50))} | ${ms(percentile(r.db.appMs, 95))} | recall@20 ${recall(r.db.hits)} |`,
    `| database, plain SQL on pg (floor, same queries) | ${ms(percentile(r.db.plainMs, 50))} | ${ms(percentile(r.db.plainMs, 95))} | recall@20 ${recall(r.db.plainHits)} |`,
    r.http
      ? `| end to end, POST /api/v1/cases/search, 10 clients, ${r.http.durationS} s | ${ms(percentile(r.http.latenciesMs, 50))} | ${ms(percentile(r.http.latenciesMs, 95))} | ${r.http.rps.toFixed(1)} req/s, ${r.http.requests} requests, ${r.http.non2xx} non-2xx, ${r.http.errors} errors |`
      : "| end to end | — | — | not measured in this run (--no-http) |",
    ...(r.http && r.floor
      ? [
          `| end to end floor: node:http + pg, plain SQL, 10 clients, ${r.floor.durationS} s | ${ms(percentile(r.floor.latenciesMs, 50))} | ${ms(percentile(r.floor.latenciesMs, 95))} | ${r.floor.rps.toFixed(1)} req/s, ${r.floor.requests} requests, ${r.floor.non2xx} non-2xx, ${r.floor.errors} errors |`,
          `| **ratio app / floor (throughput)** | | | **${(r.http.rps / r.floor.rps).toFixed(2)}** |`,
        ]
      : []),
    "",
  ];
  if (!fs.existsSync(FILE)) fs.writeFileSync(FILE, HEADER);
  fs.appendFileSync(FILE, lines.join("\n"));
  return lines.join("\n");
}
