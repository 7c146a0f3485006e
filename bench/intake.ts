// npm run bench:intake [-- --n 1000000] [--duration 20] [--reuse] [--build] [--port 3191]
//
// POST /api/v1/claims through the built app (`next start`) at 10 connections, claims all in one
// country, on an empty database and on one holding N cases (default 1M, the lookup benchmark's
// data: bench-data.ts), each beside the floor (bench/intake-floor.ts: bare node:http + the same
// zod parse + one INSERT) on the same database in the same run; plus the duplicate check's own
// time at N (the matching engine's claim-claim candidates, which replaced the intake's own check:
// decision 091). The app runs as in a cluster: JOB_WORKERS=off beside one `npm run worker`
// process that works the claims' matching jobs (decision 161), and the run reports how many it
// finished and how many still wait. Appends the figures and the load average to
// docs/BENCHMARKS.md. Asserts no time.
import { execFileSync, spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import { localToUtc } from "../src/lib/local-time";
import type { ClaimInput } from "../src/features/intake/schemas";
import { claimCandidatesForClaim } from "../src/features/matching/engine/candidates";
import { profileFromClaim } from "../src/lib/matching/build-profile";
import { createPrismaHandle } from "../src/server/prisma-factory";
import { fillCases, insertReference, recreateDatabase } from "./bench-data";
import { startNext } from "./http-timing";
import { claimPool, loadIntake, type IntakeRun } from "./intake-load";
import { appendIntakeReport } from "./intake-report";
import { percentile } from "./stats";

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const PG = "postgresql://postgres@127.0.0.1:5432";
const EMPTY_URL = process.env.BENCH_INTAKE_EMPTY_URL ?? `${PG}/reencuentro_bench_intake`;
const BIG_URL = process.env.BENCH_DATABASE_URL ?? `${PG}/reencuentro_bench`;
const N = option("n", 1_000_000);
const DURATION = option("duration", 20);
const PORT = option("port", 3191);
const DIST = process.env.NEXT_DIST_DIR ?? ".next-bench";
const log = (m: string) => console.log(m);

async function caseCount(url: string): Promise<number> {
  const { default: pg } = await import("pg");
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const res = await c.query<{ n: string }>(`SELECT count(*) AS n FROM "Case"`).catch(() => null);
  await c.end();
  return Number(res?.rows[0]?.n ?? 0);
}

async function prepareEmpty() {
  const { default: pg } = await import("pg");
  await recreateDatabase(EMPTY_URL);
  const c = new pg.Client({ connectionString: EMPTY_URL });
  await c.connect();
  await insertReference(c).finally(() => c.end());
}

async function prepareBig(): Promise<number> {
  const existing = flag("reuse") ? await caseCount(BIG_URL) : 0;
  if (existing >= N) return existing;
  log(`Generating ${N.toLocaleString("en-US")} cases (bench-data.ts)`);
  await recreateDatabase(BIG_URL);
  return (await fillCases(BIG_URL, N, 20261128, log)).length;
}

async function startFloor(url: string, port: number) {
  const child = spawn(process.execPath, ["--import", "tsx", "bench/intake-floor.ts", String(port), url], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (d: Buffer) => d.toString().includes("ready") && resolve());
    child.on("exit", (code) => reject(new Error(`floor exited with ${code}`)));
  });
  return { base: `http://127.0.0.1:${port}`, stop: () => void child.kill("SIGTERM") };
}

/**
 * One `npm run worker` process beside the app (JOB_WORKERS=off in the app, as in a cluster): it
 * creates the job queues, so the intake queues each claim's matching run (decision 161), and
 * works them, competing with the app for the same two cores.
 */
async function startWorker(url: string) {
  const child = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "scripts/worker.ts"],
    {
      stdio: ["ignore", "pipe", "inherit"],
      env: {
        ...process.env,
        DATABASE_URL: url,
        NEXTAUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
      },
    },
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (d: Buffer) => d.toString().includes("is running") && resolve());
    child.on("exit", (code) => reject(new Error(`worker exited with ${code}`)));
  });
  return () => void child.kill("SIGTERM");
}

/** The claims' match-record jobs by state (pg-boss keeps completed ones in its job table for hours). */
async function matchJobs(url: string): Promise<{ done: number; waiting: number; failed: number }> {
  const { default: pg } = await import("pg");
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const res = await c.query<{ state: string; n: string }>(
      `SELECT state::text, count(*) AS n FROM pgboss.job WHERE name = 'match-record' GROUP BY 1`,
    );
    const by = Object.fromEntries(res.rows.map((r) => [r.state, Number(r.n)]));
    return {
      done: by.completed ?? 0,
      waiting: (by.created ?? 0) + (by.retry ?? 0) + (by.active ?? 0),
      failed: by.failed ?? 0,
    };
  } finally {
    await c.end();
  }
}

async function measure(url: string, claims: ClaimInput[]): Promise<{ app: IntakeRun; floor: IntakeRun }> {
  log("  app: POST /api/v1/claims, with one worker process");
  const stopWorker = await startWorker(url);
  const next = await startNext({
    url,
    distDir: DIST,
    port: PORT,
    env: { RATE_LIMIT_MULTIPLIER: "1000000", JOB_WORKERS: "off" },
  });
  const jobsBefore = await matchJobs(url);
  const app: IntakeRun = await loadIntake({
    base: next.base,
    path: "/api/v1/claims",
    url,
    claims,
    durationS: DURATION,
  }).finally(next.stop);
  const jobsAfter = await matchJobs(url).finally(stopWorker);
  app.matching = { ...jobsAfter, done: jobsAfter.done - jobsBefore.done };
  log("  floor: node:http + zod + one INSERT");
  const f = await startFloor(url, PORT + 1);
  const floor = await loadIntake({ base: f.base, path: "/claims", url, claims, durationS: DURATION }).finally(
    f.stop,
  );
  return { app, floor };
}

/** The duplicate check alone (the engine's candidate query, through Prisma) for claims of the pool at N cases. */
async function timeDuplicateCheck(claims: ClaimInput[]): Promise<number[]> {
  const handle = await createPrismaHandle(BIG_URL);
  const times: number[] = [];
  try {
    for (const c of claims.slice(0, 300)) {
      const t0 = performance.now();
      const p = c.person;
      const profile = profileFromClaim({
        id: crypto.randomUUID(),
        countryCode: c.lastSeen.country,
        regionCode: c.lastSeen.region ?? null,
        lastSeenCity: c.lastSeen.city,
        lastSeenAt: localToUtc(c.lastSeen.date, c.lastSeen.time, c.lastSeen.country),
        givenNames: p.givenNames,
        familyNames: p.familyNames,
        otherNames: p.otherNames ?? null,
        sex: p.sex,
        dateOfBirth: p.dateOfBirth ? new Date(p.dateOfBirth) : null,
        approxAge: p.approxAge ?? null,
        heightCm: p.heightCm ?? null,
        distinguishingMarks: p.distinguishingMarks ?? null,
        languages: p.languages ?? [],
        clothing: p.clothing ?? null,
        build: p.build ?? null,
        hair: p.hair ?? null,
        eyeColour: p.eyeColour ?? null,
        nationality: p.nationality ?? null,
        circumstances: c.lastSeen.circumstances,
        hasPhoto: false,
      });
      await claimCandidatesForClaim(handle.db, profile);
      times.push(performance.now() - t0);
    }
  } finally {
    await handle.close();
  }
  return times;
}

async function main() {
  if (flag("build") || !fs.existsSync(`${DIST}/BUILD_ID`)) {
    log(`Building the app into ${DIST}`);
    execFileSync("npm", ["run", "build"], { stdio: "inherit", env: { ...process.env, NEXT_DIST_DIR: DIST } });
  }
  const claims = claimPool(2000, 1717);
  log("Empty database");
  await prepareEmpty();
  const empty = await measure(EMPTY_URL, claims);
  const n = await prepareBig();
  log(`${n.toLocaleString("en-US")} cases`);
  const big = await measure(BIG_URL, claims);
  log("Duplicate check alone");
  const dup = await timeDuplicateCheck(claims);
  console.log(
    appendIntakeReport({
      n,
      empty,
      big,
      dupP50: percentile(dup, 50),
      dupP95: percentile(dup, 95),
      durationS: DURATION,
    }),
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
