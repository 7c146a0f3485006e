// npm run bench:cluster [-- --faults 60] [--duration 15]
//
// The cluster of `npm run cluster` (scripts/cluster/cluster.ts) under faults, then its lookup
// throughput with one and with two app processes. Needs root, Redis and a build (NEXT_DIST_DIR).
// 1. Main user flows through HAProxy for --faults seconds — file a claim (POST /api/v1/claims
//    with an Idempotency-Key), a police lookup (POST /api/v1/cases/search, signed in), the public
//    bulletin (GET /es/missing) — while one app process is killed (SIGKILL) and restarted, the
//    standby is crashed (stop -m immediate) and started, and the other app process is stopped
//    cleanly and restarted. A flow fails when its answer is not 2xx; a claim flow retries once
//    with the same key, as the report form's offline queue does (decision 147), and is counted as
//    failed only if the retry fails too. Lost: acknowledged case numbers missing on the primary;
//    duplicated: idempotency keys with more than one case.
// 2. autocannon, 10 connections, lookup through HAProxy with 2 processes and with 1 (the other
//    stopped and marked down), beside the floor in the same run: /api/health/live through HAProxy.
// Prints the figures and appends them to docs/BENCHMARKS.md with the load average. Asserts no time.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import pg from "pg";
import { startCluster, type Cluster } from "../scripts/cluster/cluster";
import { runLoad, type HttpTiming } from "./http-timing";
import { claimPool } from "./intake-load";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const FAULT_S = option("faults", 60);
const DURATION = option("duration", 15);
const PG_PORT = Number(process.env.CLUSTER_PG_PORT ?? 5440);
const APP_PORT = Number(process.env.CLUSTER_APP_PORT ?? 3120);
const PROXY_PORT = Number(process.env.CLUSTER_PROXY_PORT ?? 8440);
const log = (m: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${m}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Flow = "claim" | "lookup" | "bulletin";
interface FlowCount {
  ok: number;
  failed: number;
  /** Claim flows whose first attempt failed and whose retry succeeded. */
  retried: number;
  statuses: Record<string, number>;
}

function cookiesOf(res: Response): string[] {
  return res.headers.getSetCookie().map((c) => c.split(";")[0]!);
}

async function signIn(base: string, email: string, password: string): Promise<string> {
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: cookiesOf(csrfRes).join("; "),
      origin: base,
    },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = cookiesOf(res).find((c) => c.includes("next-auth.session-token"));
  if (!session) throw new Error(`sign-in failed (${res.status})`);
  return session;
}

async function attempt(
  url: string,
  init: RequestInit,
): Promise<{ ok: boolean; status: string; body?: unknown }> {
  // A hard deadline of its own besides the abort signal: one flow stuck on a half-closed
  // connection must not hold the whole run.
  const ctl = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      ctl.abort();
      reject(Object.assign(new Error("deadline"), { name: "Timeout" }));
    }, 15_000);
  });
  try {
    const work = (async () => {
      const res = await fetch(url, { ...init, signal: ctl.signal });
      const body = res.headers.get("content-type")?.includes("json") ? await res.json() : await res.text();
      return { ok: res.ok, status: String(res.status), body };
    })();
    return await Promise.race([work, deadline]);
  } catch (err) {
    return { ok: false, status: (err as Error).name };
  } finally {
    clearTimeout(timer);
  }
}

async function names(url: string): Promise<string[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const res = await c.query<{ n: string }>(
      `SELECT "givenNames" || ' ' || "familyNames" AS n FROM "Case" WHERE "practiceSessionId" IS NULL ORDER BY id LIMIT 60`,
    );
    return res.rows.map((r) => r.n);
  } finally {
    await c.end();
  }
}

async function faultPhase(cluster: Cluster, cookie: string, queries: string[]) {
  const counts = Object.fromEntries(
    (["claim", "lookup", "bulletin"] as Flow[]).map((f) => [
      f,
      { ok: 0, failed: 0, retried: 0, statuses: {} },
    ]),
  ) as Record<Flow, FlowCount>;
  const acknowledged: string[] = [];
  const keys: string[] = [];
  const pool = claimPool(2000, 1717);
  let n = 0;
  let running = true;
  const note = (f: Flow, r: { ok: boolean; status: string }) => {
    if (!r.ok) counts[f].statuses[r.status] = (counts[f].statuses[r.status] ?? 0) + 1;
  };
  const flows: Record<Flow, () => Promise<boolean>> = {
    async claim() {
      const key = crypto.randomUUID();
      keys.push(key);
      const init = {
        method: "POST",
        headers: { "content-type": "application/json", "idempotency-key": key },
        // The key is the claim's submission id (the fixture's own would clash with the header).
        body: JSON.stringify({ ...pool[n++ % pool.length], submissionId: key }),
      };
      let r = await attempt(`${cluster.base}/api/v1/claims`, init);
      note("claim", r);
      if (!r.ok) {
        await sleep(1000);
        r = await attempt(`${cluster.base}/api/v1/claims`, init);
        note("claim", r);
        if (r.ok) counts.claim.retried++;
      }
      if (r.ok) acknowledged.push((r.body as { caseNumber: string }).caseNumber);
      return r.ok;
    },
    async lookup() {
      const r = await attempt(`${cluster.base}/api/v1/cases/search`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie },
        body: JSON.stringify({ q: queries[n++ % queries.length] }),
      });
      note("lookup", r);
      return r.ok;
    },
    async bulletin() {
      const r = await attempt(`${cluster.base}/es/missing`, {});
      note("bulletin", r);
      return r.ok;
    },
  };
  const loop = async (f: Flow) => {
    while (running) {
      if (await flows[f]()) counts[f].ok++;
      else counts[f].failed++;
      await sleep(100);
    }
  };
  const loops = (["claim", "lookup", "bulletin"] as Flow[]).flatMap((f) => [loop(f), loop(f)]);
  const progress = setInterval(() => {
    const c = (f: Flow) => `${f} ${counts[f].ok} ok / ${counts[f].failed} failed`;
    log(`  ${c("claim")}, ${c("lookup")}, ${c("bulletin")}`);
  }, 10_000);
  const at = (fraction: number) => sleep(FAULT_S * 1000 * fraction);
  const events: string[] = [];
  const event = async (what: string, fn: () => Promise<void> | void) => {
    const t0 = Date.now();
    await fn();
    const m = `${what} (${Date.now() - t0} ms)`;
    events.push(m);
    log(m);
  };
  await at(0.1);
  await event("app1 killed (SIGKILL)", () => cluster.killApp(0));
  await at(0.15);
  await event("app1 restarted, ready", () => cluster.startApp(0));
  await at(0.1);
  await event("standby crashed (stop -m immediate)", () => cluster.replica.stop("immediate"));
  await at(0.15);
  await event("standby started", () => cluster.replica.start());
  await at(0.1);
  await event("app2 stopped (SIGTERM)", () => cluster.killApp(1, "SIGTERM"));
  await at(0.1);
  await event("app2 restarted, ready", () => cluster.startApp(1));
  await at(0.1);
  running = false;
  await Promise.all(loops);
  clearInterval(progress);
  log("flows stopped");
  return { counts, acknowledged, keys, events };
}

async function checkClaims(url: string, acknowledged: string[], keys: string[]) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const found = await c.query<{ n: string }>(
      `SELECT count(*) AS n FROM "Case" WHERE "caseNumber" = ANY($1::text[])`,
      [acknowledged],
    );
    // submissionId is unique, so a key can never be filed twice; what is worth counting is a
    // claim written although its flow saw a failure (the family would file it again).
    const written = await c.query<{ n: string }>(
      `SELECT count(*) AS n FROM "Case" WHERE "submissionId" = ANY($1::text[])`,
      [keys],
    );
    return { lost: acknowledged.length - Number(found.rows[0]!.n), written: Number(written.rows[0]!.n) };
  } finally {
    await c.end();
  }
}

/** Rows this database's queries returned or fetched so far (pg_stat_database, kept per server). */
async function rowsRead(url: string): Promise<number> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await c.connect();
  try {
    const res = await c.query<{ n: string }>(
      `SELECT tup_returned + tup_fetched AS n FROM pg_stat_database WHERE datname = current_database()`,
    );
    return Number(res.rows[0]!.n);
  } finally {
    await c.end();
  }
}

async function waitHaproxyUp(statsPort: number, up: number) {
  // HAProxy's CSV stats: the "status" column of each server row of backend "app".
  for (let i = 0; i < 60; i++) {
    const csv = await (await fetch(`http://127.0.0.1:${statsPort}/;csv`)).text();
    const rows = csv.split("\n").filter((l) => l.startsWith("app,app"));
    if (rows.filter((r) => r.split(",")[17] === "UP").length === up) return;
    await sleep(500);
  }
  throw new Error(`HAProxy did not see ${up} process(es) up`);
}

async function throughput(cluster: Cluster, cookie: string, queries: string[]) {
  let i = 0;
  const lookup = () =>
    runLoad({
      base: cluster.base,
      path: "/api/v1/cases/search",
      headers: { cookie },
      body: () => JSON.stringify({ q: queries[i++ % queries.length] }),
      durationS: DURATION,
    });
  log(`lookup, 2 processes: autocannon 10 connections for ${DURATION} s`);
  const before = await Promise.all([rowsRead(cluster.dbUrl), rowsRead(cluster.replicaUrl)]);
  const two = await lookup();
  const after = await Promise.all([rowsRead(cluster.dbUrl), rowsRead(cluster.replicaUrl)]);
  const read = { primary: after[0] - before[0], standby: after[1] - before[1] };
  log("floor: GET /api/health/live through HAProxy, 2 processes");
  const floor = await new Promise<HttpTiming>((resolve, reject) => {
    void import("autocannon").then(({ default: autocannon }) =>
      autocannon({ url: `${cluster.base}/api/health/live`, connections: 10, duration: DURATION }, (err, r) =>
        err
          ? reject(err)
          : resolve({
              latenciesMs: [],
              requests: r.requests.total,
              non2xx: r.non2xx,
              errors: r.errors + r.timeouts,
              rps: r.requests.average,
              durationS: DURATION,
            }),
      ),
    );
  });
  await cluster.killApp(1, "SIGTERM");
  await waitHaproxyUp(PROXY_PORT + 1, 1);
  log(`lookup, 1 process: autocannon 10 connections for ${DURATION} s`);
  const one = await lookup();
  await cluster.startApp(1);
  return { one, two, floor, read };
}

function report(r: {
  faults: Awaited<ReturnType<typeof faultPhase>>;
  claims: { lost: number; written: number };
  tp: Awaited<ReturnType<typeof throughput>>;
  replicaServed: string;
}) {
  const load = fs.readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" / ");
  const when = new Date().toISOString().slice(0, 16).replace("T", " ");
  const { counts } = r.faults;
  const failed = counts.claim.failed + counts.lookup.failed + counts.bulletin.failed;
  const flowRow = (f: Flow) =>
    `| ${f} | ${counts[f].ok + counts[f].failed} | ${counts[f].failed} | ${f === "claim" ? counts.claim.retried : "—"} | ${
      Object.entries(counts[f].statuses)
        .map(([s, k]) => `${s}×${k}`)
        .join(", ") || "—"
    } |`;
  const rps = (t: HttpTiming) => `${Math.round(t.rps)} req/s (${t.non2xx} non-2xx, ${t.errors} errors)`;
  const { one, two, floor, read } = r.tp;
  const md = `
## ${when} UTC — cluster under faults (npm run bench:cluster)

\`npm run bench:cluster\` (bench/cluster.ts): the cluster of \`npm run cluster\` (PostgreSQL primary + streaming hot standby, 2 app processes, 1 worker, Redis, HAProxy 2.6 with checks on /api/health/ready). ${FAULT_S} s of flows (2 loops each of claim, police lookup and bulletin, 100 ms apart) while: ${r.faults.events.join("; ")}. Machine: ${os.cpus().length} cores; Node ${process.version}; load average at the end ${load}.

| flow | flows | failed | claim retried once (same key) and then filed | failed answers seen |
| --- | --- | --- | --- | --- |
${flowRow("claim")}
${flowRow("lookup")}
${flowRow("bulletin")}

**${failed} failed flows; ${r.claims.lost} lost claims** (of ${r.faults.acknowledged.length} acknowledged), ${r.claims.written} written, so ${r.claims.written - r.faults.acknowledged.length} written although their flow failed. Replica reads on the app processes: ${r.replicaServed}.

| lookup through HAProxy, 10 connections, ${DURATION} s | throughput |
| --- | --- |
| 1 app process | ${rps(one)} |
| 2 app processes | ${rps(two)} |
| floor: /api/health/live, 2 processes | ${rps(floor)} |
| **ratio 2 / 1 processes** | **${(two.rps / one.rps).toFixed(2)}** |
| ratio lookup (2) / floor | ${(two.rps / floor.rps).toFixed(2)} |

Rows read during the 2-process lookup run (pg_stat_database): standby ${read.standby.toLocaleString("en-US")}, primary ${read.primary.toLocaleString("en-US")} (the primary keeps each request's signed-in user read, decision 155).
`;
  fs.appendFileSync("docs/BENCHMARKS.md", md);
  return md;
}

async function main() {
  const cluster = await startCluster({
    demo: true,
    pgPort: PG_PORT,
    appPorts: [APP_PORT, APP_PORT + 1],
    proxyPort: PROXY_PORT,
    redisUrl: process.env.CLUSTER_REDIS_URL ?? "redis://127.0.0.1:6379/12",
    distDir: process.env.NEXT_DIST_DIR ?? ".next",
    // Every flow comes from one address: the public per-IP limits would refuse the bench itself.
    appEnv: { RATE_LIMIT_MULTIPLIER: "10000", LOG_LEVEL: "warn" },
    log,
  });
  let stopping = false;
  process.on("SIGINT", () => {
    if (stopping) return;
    stopping = true;
    void cluster.stop().then(() => process.exit(130));
  });
  try {
    const cookie = await signIn(cluster.base, "police.bz@demo.test", "reencuentro-demo");
    const queries = await names(cluster.dbUrl);
    log(`fault phase: ${FAULT_S} s`);
    const faults = await faultPhase(cluster, cookie, queries);
    const claims = await checkClaims(cluster.dbUrl, faults.acknowledged, faults.keys);
    log(`claims checked on the primary: ${faults.acknowledged.length} acknowledged, ${claims.lost} lost`);
    const replicaRows = await checkClaims(cluster.replicaUrl, faults.acknowledged, faults.keys);
    const replicaServed = `the standby holds ${faults.acknowledged.length - replicaRows.lost} of the ${faults.acknowledged.length} acknowledged claims after its restart`;
    const tp = await throughput(cluster, cookie, queries);
    console.log(report({ faults, claims, tp, replicaServed }));
  } finally {
    await cluster.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
