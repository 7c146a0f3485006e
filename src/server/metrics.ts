// Prometheus metrics of this process (prom-client), read at /api/metrics. One registry per
// process on globalThis: the start script (HTTP timings) and the app's route handlers share it
// (prom-client is a server-external package, so both load the same module). Labels never carry
// personal data: routes are reduced to their pattern (case numbers, ids and tokens become ":id").
import client from "prom-client";

interface Metrics {
  registry: client.Registry;
  httpDuration: client.Histogram<"method" | "route" | "status">;
  rateLimitRefusals: client.Counter<"limit">;
  signInFailures: client.Counter<"reason">;
  dbConnections: client.Gauge<"state">;
  dbPool: client.Gauge<"pool" | "state">;
  dbPoolWait: client.Histogram<"pool">;
  jobs: client.Gauge<"queue" | "state">;
  jobDuration: client.Histogram<"queue" | "outcome">;
  jobFailures: client.Counter<"queue">;
  jobLastSuccess: client.Gauge<"queue">;
  replicaLag: client.Gauge;
  outboxOldestSeconds: client.Gauge;
  outboxPending: client.Gauge;
}

const globalForMetrics = globalThis as unknown as { reencuentroMetrics?: Metrics };

function create(): Metrics {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });
  const r = [registry];
  return {
    registry,
    httpDuration: new client.Histogram({
      name: "http_request_duration_seconds",
      help: "Time to answer an HTTP request, by route pattern and status",
      labelNames: ["method", "route", "status"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: r,
    }),
    rateLimitRefusals: new client.Counter({
      name: "rate_limit_refusals_total",
      help: "Requests refused by a rate limit, by limit",
      labelNames: ["limit"],
      registers: r,
    }),
    signInFailures: new client.Counter({
      name: "sign_in_failures_total",
      help: "Refused sign-ins: wrong credentials or throttled",
      labelNames: ["reason"],
      registers: r,
    }),
    dbConnections: new client.Gauge({
      name: "db_connections",
      help: "Connections to the portal's database seen by PostgreSQL, by state (all processes)",
      labelNames: ["state"],
      registers: r,
    }),
    dbPool: new client.Gauge({
      name: "db_pool_clients",
      help: "This process's database pools (prisma: Prisma's queries; sql: the plain pg pool of lookups and viewer reads): total, idle and waiting checkouts",
      labelNames: ["pool", "state"],
      registers: r,
    }),
    dbPoolWait: new client.Histogram({
      name: "db_pool_wait_seconds",
      help: "Time a query waited for a connection from this process's pool, by pool",
      labelNames: ["pool"],
      buckets: [0.0005, 0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: r,
    }),
    jobs: new client.Gauge({
      name: "job_queue_jobs",
      help: "Background jobs by queue and state (created, retry, active, failed...)",
      labelNames: ["queue", "state"],
      registers: r,
    }),
    // Attempts run by this process (app with inline workers, or a worker): the job_queue_jobs
    // gauge above is the database's view across all processes.
    jobDuration: new client.Histogram({
      name: "job_attempt_duration_seconds",
      help: "Time one attempt of a background job took in this process, by queue and outcome",
      labelNames: ["queue", "outcome"],
      buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 30, 120, 600],
      registers: r,
    }),
    jobFailures: new client.Counter({
      name: "job_attempt_failures_total",
      help: "Failed attempts of background jobs in this process (each is retried until its limit)",
      labelNames: ["queue"],
      registers: r,
    }),
    // A cron job that stopped succeeding shows here first: alert on time() minus this.
    jobLastSuccess: new client.Gauge({
      name: "job_last_success_timestamp_seconds",
      help: "When an attempt of a background job last succeeded in this process (Unix time), by queue",
      labelNames: ["queue"],
      registers: r,
    }),
    replicaLag: new client.Gauge({
      name: "db_replica_lag_seconds",
      help: "How far the read replica is behind the primary, as this process last measured it (0 = caught up)",
      registers: r,
    }),
    outboxOldestSeconds: new client.Gauge({
      name: "outbox_oldest_pending_seconds",
      help: "Age of the oldest undelivered outbox message (0 when none)",
      registers: r,
    }),
    outboxPending: new client.Gauge({
      name: "outbox_pending_messages",
      help: "Outbox messages not yet delivered",
      registers: r,
    }),
  };
}

export function metrics(): Metrics {
  globalForMetrics.reencuentroMetrics ??= create();
  return globalForMetrics.reencuentroMetrics;
}

interface RouteEntry {
  page: string;
  regex: string;
}
const globalForRoutes = globalThis as unknown as { reencuentroRoutes?: { page: string; re: RegExp }[] };

/**
 * The app's route patterns, from the build's routes manifest (static ones first, then dynamic in
 * Next's own order of precedence), so a label is "/[locale]/cases/[caseNumber]", never a number.
 */
export function setRoutesManifest(manifest: {
  staticRoutes?: RouteEntry[];
  dynamicRoutes?: RouteEntry[];
}): void {
  globalForRoutes.reencuentroRoutes = [
    ...(manifest.staticRoutes ?? []),
    ...(manifest.dynamicRoutes ?? []),
  ].map((r) => ({ page: r.page, re: new RegExp(r.regex) }));
}

/** The route pattern a request path belongs to; "other" for anything the app has no route for. */
export function routeLabel(url: string | undefined): string {
  const path = (url ?? "/").split("?")[0]!;
  if (path.startsWith("/_next/")) return "/_next/*";
  if (/\.[a-z0-9]+$/i.test(path) && !path.startsWith("/api/")) return "/*.asset";
  const hit = globalForRoutes.reencuentroRoutes?.find((r) => r.re.test(path));
  return hit ? hit.page : "other";
}

/** Counts one refusal by a rate limit. */
export function countRateLimited(limit: string): void {
  metrics().rateLimitRefusals.inc({ limit });
}

interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}
const globalForPools = globalThis as unknown as { reencuentroPools?: Map<string, PoolCounts> };

/** Reports `pool`'s connections under `name` at every scrape (the latest pool of that name). */
export function watchPool(name: string, pool: PoolCounts): void {
  (globalForPools.reencuentroPools ??= new Map()).set(name, pool);
}

/** Copies the watched pools' counts into db_pool_clients (called at scrape time). */
export function refreshPoolGauges(): void {
  for (const [pool, p] of globalForPools.reencuentroPools ?? []) {
    const g = metrics().dbPool;
    g.set({ pool, state: "total" }, p.totalCount);
    g.set({ pool, state: "idle" }, p.idleCount);
    g.set({ pool, state: "waiting" }, p.waitingCount);
  }
}
