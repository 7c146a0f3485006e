// The portal as a cluster on one machine (issue 17): a PostgreSQL primary and a streaming hot
// standby, two app processes reading lag-tolerant pages from the standby (decision 155), one job
// worker, Redis for the sign-in throttle, and HAProxy in front, routing only to processes whose
// /api/health/ready answers 200. Used by `npm run cluster` and `npm run bench:cluster`.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { primaryCluster, scalar, standbyCluster, waitForPostgres, type PgCluster } from "./postgres";

export interface ClusterOptions {
  /** Load the demo data (accounts, ~200 cases) after migrating. */
  demo: boolean;
  pgPort: number;
  appPorts: number[];
  proxyPort: number;
  /** Redis database index of this cluster's keys (flushed at start and stop). */
  redisUrl: string;
  distDir: string;
  /** Extra environment for the app processes (the bench loosens the public rate limits). */
  appEnv?: Record<string, string>;
  log(m: string): void;
}

export interface Cluster {
  base: string;
  primary: PgCluster;
  replica: PgCluster;
  dbUrl: string;
  replicaUrl: string;
  runDir: string;
  /** Ends app process i: SIGKILL is a crash, SIGTERM a clean stop. */
  killApp(i: number, signal?: NodeJS.Signals): Promise<void>;
  startApp(i: number): Promise<void>;
  stop(): Promise<void>;
}

const DB = "reencuentro";

function haproxyConfig(o: ClusterOptions): string {
  return `global
  maxconn 2000

defaults
  mode http
  timeout connect 2s
  timeout client 30s
  timeout server 30s
  timeout http-request 10s
  # A request whose connection to a process failed (killed, restarting) goes to the other one.
  # Only connection failures are retried: a POST that reached a process may have been acted on
  # (the client's idempotency key covers its own retry, not the balancer's).
  retries 3
  retry-on conn-failure
  option redispatch

frontend web
  bind 127.0.0.1:${o.proxyPort}
  default_backend app

backend app
  balance roundrobin
  option allbackups
  option httpchk GET /api/health/ready
  http-check expect status 200
  # A busy process answers its check slowly, not never: a 1 s check timeout took both processes
  # out at once on a loaded machine (503 "no server available"), so checks get 3 s and three
  # misses; a killed process is still out within ~2 s (connection refused fails at once).
  timeout check 3s
  default-server inter 1s fall 3 rise 2
${o.appPorts.map((p, i) => `  server app${i + 1} 127.0.0.1:${p} check`).join("\n")}
  # When every check fails at once, the likelier cause is slow checks (a loaded machine, a slow
  # moment of the shared database) than every process dead: the same processes, unchecked, take
  # the traffic then instead of a 503 from HAProxy (a dead one is a connection failure, retried on
  # the next; a database outage is answered by the app itself with 503 and Retry-After).
${o.appPorts.map((p, i) => `  server last${i + 1} 127.0.0.1:${p} backup`).join("\n")}

listen stats
  bind 127.0.0.1:${o.proxyPort + 1}
  stats enable
  stats uri /
`;
}

/** Debian's haproxy package, installed on first use. */
export function ensureHaproxy(log: (m: string) => void): string {
  const found = ["/usr/sbin/haproxy", "/usr/bin/haproxy"].find((p) => fs.existsSync(p));
  if (found) return found;
  log("Installing HAProxy (apt-get install -y haproxy)");
  execFileSync("apt-get", ["install", "-y", "haproxy"], {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  return "/usr/sbin/haproxy";
}

async function waitFor(url: string, child: ChildProcess | null, ms: number): Promise<void> {
  for (const end = Date.now() + ms; Date.now() < end;) {
    if (child && child.exitCode !== null) throw new Error(`${url}: the process exited (${child.exitCode})`);
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(2000) })).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer 200 in ${ms / 1000} s`);
}

function exited(child: ChildProcess, ms: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const t = setTimeout(() => {
      child.kill("SIGKILL");
      resolve();
    }, ms);
    child.once("exit", () => {
      clearTimeout(t);
      resolve();
    });
  });
}

async function flushRedis(url: string) {
  const { default: Redis } = await import("ioredis");
  const r = new Redis(url, { maxRetriesPerRequest: 1, lazyConnect: true });
  try {
    await r.connect();
    await r.flushdb();
  } finally {
    r.disconnect();
  }
}

export async function startCluster(o: ClusterOptions): Promise<Cluster> {
  if (process.getuid?.() !== 0) throw new Error("npm run cluster needs root (pg_createcluster, apt-get).");
  if (!fs.existsSync(path.join(o.distDir, "BUILD_ID")))
    throw new Error(`No build in ${o.distDir}: run \`npm run build\` first (or set NEXT_DIST_DIR).`);
  const haproxyBin = ensureHaproxy(o.log);
  const runDir = path.resolve("data/cluster");
  fs.rmSync(runDir, { recursive: true, force: true });
  fs.mkdirSync(path.join(runDir, "uploads"), { recursive: true });
  const children: ChildProcess[] = [];
  const apps: (ChildProcess | null)[] = o.appPorts.map(() => null);
  let primary: PgCluster | undefined;
  let replica: PgCluster | undefined;
  let stopped = false;

  const spawnLogged = (name: string, args: string[], env: Record<string, string>) => {
    const out = fs.openSync(path.join(runDir, `${name}.log`), "a");
    const child = spawn(args[0]!, args.slice(1), {
      env: { ...process.env, ...env },
      stdio: ["ignore", out, out],
    });
    fs.closeSync(out);
    children.push(child);
    return child;
  };

  const stop = async () => {
    if (stopped) return;
    stopped = true;
    for (const c of children) if (c.exitCode === null) c.kill("SIGTERM");
    await Promise.all(children.map((c) => exited(c, 8000)));
    replica?.drop();
    primary?.drop();
    await flushRedis(o.redisUrl).catch(() => undefined);
  };

  try {
    o.log(`PostgreSQL primary on ${o.pgPort}, hot standby on ${o.pgPort + 1}`);
    primary = primaryCluster("reen_cluster_primary", o.pgPort);
    await waitForPostgres(primary.url());
    await scalar(primary.url(), `CREATE DATABASE ${DB}`);
    const dbUrl = primary.url(DB);
    const tsx = [process.execPath, "--import", "tsx"];
    const tool = (args: string[]) =>
      execFileSync(tsx[0]!, [...tsx.slice(1), ...args], {
        stdio: ["ignore", "inherit", "inherit"],
        env: { ...process.env, DATABASE_URL: dbUrl, NEXT_DIST_DIR: o.distDir },
      });
    tool(["scripts/migrate.ts"]);
    o.log(o.demo ? "Loading the demo data" : "Loading the reference data");
    tool(o.demo ? ["prisma/seed.ts", "--demo"] : ["prisma/seed.ts"]);
    replica = standbyCluster("reen_cluster_replica", o.pgPort + 1, primary);
    const replicaUrl = replica.url(DB);
    await waitForPostgres(replicaUrl);
    if ((await scalar(replicaUrl, "SELECT pg_is_in_recovery()")) !== true)
      throw new Error("the standby is not in recovery");
    await flushRedis(o.redisUrl);

    const base = `http://127.0.0.1:${o.proxyPort}`;
    const appEnv = {
      DATABASE_URL: dbUrl,
      DATABASE_REPLICA_URL: replicaUrl,
      NEXTAUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
      NEXTAUTH_URL: base,
      TRUST_PROXY: "1",
      JOB_WORKERS: "off",
      REDIS_URL: o.redisUrl,
      UPLOAD_DIR: path.join(runDir, "uploads"),
      NEXT_DIST_DIR: o.distDir,
      NEXT_TELEMETRY_DISABLED: "1",
      ...o.appEnv,
    };
    const startApp = async (i: number) => {
      const port = o.appPorts[i]!;
      const child = spawnLogged(
        `app${i + 1}`,
        [...tsx, "scripts/start.ts", "-p", String(port), "-H", "127.0.0.1"],
        appEnv,
      );
      apps[i] = child;
      await waitFor(`http://127.0.0.1:${port}/api/health/ready`, child, 90_000);
    };
    o.log(`App processes on ${o.appPorts.join(", ")}, one worker`);
    await Promise.all(o.appPorts.map((_, i) => startApp(i)));
    spawnLogged("worker", [...tsx, "--conditions=react-server", "scripts/worker.ts"], appEnv);
    const cfg = path.join(runDir, "haproxy.cfg");
    fs.writeFileSync(cfg, haproxyConfig(o));
    const haproxy = spawnLogged("haproxy", [haproxyBin, "-f", cfg, "-db"], {});
    await waitFor(`${base}/api/health/ready`, haproxy, 15_000);
    return {
      base,
      primary,
      replica,
      dbUrl,
      replicaUrl,
      runDir,
      startApp,
      async killApp(i, signal = "SIGKILL") {
        const child = apps[i];
        if (!child) return;
        child.kill(signal);
        await exited(child, 8000);
        apps[i] = null;
      },
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}
