import "server-only";
import { readReplicas } from "@prisma/extension-read-replicas";
import { Prisma } from "@/generated/prisma/client";
import { getDb, type Db } from "./db";
import { isDbUnavailable } from "./db-errors";
import { env } from "./env";
import { errorForLog, log } from "./logger";
import { metrics } from "./metrics";
import { createPrismaHandle } from "./prisma-factory";
import { getSqlRows, poolSqlRows, type SqlRows } from "./sql-reader";

// Reads that tolerate a little lag (the police lookup's name search, the public bulletin's
// lists, the statistics) go to a streaming-replication hot standby when DATABASE_REPLICA_URL is
// set; everything else stays on the primary (decision 155). The replica is an optimisation,
// never a dependency: a read that fails on it because it is down, restarting or cancelled by
// recovery runs again on the primary at once, the replica is marked down, and a background
// probe brings it back once it answers again. Requests never wait for the probe.

type Pool = Awaited<ReturnType<typeof poolSqlRows>>;

interface ReplicaState {
  url: string;
  down: boolean;
  /** Prisma routed through the read-replicas extension: model reads to the replica. */
  routed?: Promise<Db>;
  pool?: Promise<Pool>;
  probe?: ReturnType<typeof setInterval>;
  /** Seconds behind the primary at the last lag check (null: not measured yet). */
  lagSeconds: number | null;
  lagTimer?: ReturnType<typeof setInterval>;
  /** Reads answered by each side since start (tests and the cluster benchmark read them). */
  served: { replica: number; primary: number; fallbacks: number };
}

const globalForReplica = globalThis as unknown as { replicaState?: ReplicaState | null };

function state(): ReplicaState | null {
  const url = env().DATABASE_REPLICA_URL;
  const current = globalForReplica.replicaState;
  if (current !== undefined && (current?.url ?? undefined) === url) return current;
  // First use, or (tests) the URL changed: start over with a fresh state.
  if (current) void closeReplica();
  const fresh: ReplicaState | null = url
    ? { url, down: false, lagSeconds: null, served: { replica: 0, primary: 0, fallbacks: 0 } }
    : null;
  globalForReplica.replicaState = fresh;
  if (fresh) {
    fresh.lagTimer = setInterval(() => void measureLag(fresh), env().DATABASE_REPLICA_RETRY_MS);
    fresh.lagTimer.unref?.();
    void measureLag(fresh);
  }
  return fresh;
}

function replicaPool(s: ReplicaState): Promise<Pool> {
  s.pool ??= poolSqlRows(s.url, env().DATABASE_POOL_MAX).catch((err) => {
    s.pool = undefined;
    throw err;
  });
  return s.pool;
}

async function routedDb(s: ReplicaState): Promise<Db> {
  s.routed ??= (async () => {
    const primary = await getDb();
    // The replica client hides soft-deleted rows too: the extension calls it directly.
    const replica = (await createPrismaHandle(s.url)).db;
    return primary.$extends(readReplicas({ replicas: [replica] })) as unknown as Db;
  })().catch((err) => {
    s.routed = undefined;
    throw err;
  });
  return s.routed;
}

function markDown(s: ReplicaState, err: unknown) {
  s.served.fallbacks++;
  if (s.down) return;
  s.down = true;
  log().warn({ error: errorForLog(err) }, "replica unavailable: lag-tolerant reads go to the primary");
  const every = env().DATABASE_REPLICA_RETRY_MS;
  s.probe = setInterval(() => void probe(s), every);
  s.probe.unref?.();
}

let probing = false;
async function probe(s: ReplicaState) {
  if (probing || !s.down) return;
  probing = true;
  try {
    const rows = await (await replicaPool(s))<{ ok: number }>(Prisma.sql`SELECT 1 AS ok`);
    if (rows[0]?.ok === 1 && globalForReplica.replicaState === s) {
      s.down = false;
      if (s.probe) clearInterval(s.probe);
      s.probe = undefined;
      log().info("replica answers again: lag-tolerant reads go back to it");
    }
  } catch {
    // Still down; the next tick asks again.
  } finally {
    probing = false;
  }
}

// Lag as the standby sees it: nothing left to replay = 0 (an idle primary sends no commits, so
// the last replay time alone would grow forever), else the age of the last replayed commit. A
// database that is not in recovery (a primary used as "replica") is never behind.
const LAG_SQL = Prisma.sql`SELECT CASE
    WHEN NOT pg_is_in_recovery() THEN 0
    WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0
    ELSE COALESCE(extract(epoch FROM now() - pg_last_xact_replay_timestamp()), 0)
  END::float8 AS lag`;

async function measureLag(s: ReplicaState): Promise<void> {
  try {
    const rows = await (await replicaPool(s))<{ lag: number }>(LAG_SQL);
    const lag = Math.max(0, Number(rows[0]?.lag ?? 0));
    const was = lagging(s);
    s.lagSeconds = lag;
    metrics().replicaLag.set(lag);
    if (lagging(s) !== was)
      log().warn(
        { lagSeconds: Math.round(lag), maxLagSeconds: env().DATABASE_REPLICA_MAX_LAG_SECONDS },
        lagging(s) ? "replica lags: lag-tolerant reads go to the primary" : "replica caught up",
      );
  } catch {
    // Down: the read path finds out and probes; the last measure stands until then.
  }
}

function lagging(s: ReplicaState): boolean {
  return s.lagSeconds !== null && s.lagSeconds > env().DATABASE_REPLICA_MAX_LAG_SECONDS;
}

/** Measures the replica's lag now (tests; the timer does it every DATABASE_REPLICA_RETRY_MS). */
export async function checkReplicaLag(): Promise<number | null> {
  const s = state();
  if (!s) return null;
  await measureLag(s);
  return s.lagSeconds;
}

/**
 * Runs a lag-tolerant read: on the replica when there is one and it is up (model reads through
 * the read-replicas extension, raw SQL through `rawReader(db)`), else on the primary. A read the
 * replica fails for availability reasons is run again on the primary; other errors propagate.
 */
export async function readLagTolerant<T>(read: (db: Db) => Promise<T>): Promise<T> {
  const s = state();
  if (!s || s.down || lagging(s)) {
    if (s) s.served.primary++;
    return read(await getDb());
  }
  try {
    const result = await read(await routedDb(s));
    s.served.replica++;
    return result;
  } catch (err) {
    if (!isDbUnavailable(err)) throw err;
    markDown(s, err);
    s.served.primary++;
    return read(await getDb());
  }
}

/**
 * The client raw SQL of a lag-tolerant read must use: the extension routes model reads only
 * ($queryRaw would go to the primary), so raw reads ask the replica client for themselves.
 */
export function rawReader(db: Db): Db {
  const routed = db as Db & { $replica?: () => Db };
  return typeof routed.$replica === "function" ? routed.$replica() : db;
}

/** SqlRows (plain pg, decision 111) for lag-tolerant reads, with the same fallback. */
export async function getLagTolerantSqlRows(): Promise<SqlRows> {
  const primary = await getSqlRows();
  const s = state();
  if (!s) return primary;
  return async <T>(sql: Prisma.Sql): Promise<T[]> => {
    if (s.down || lagging(s)) {
      s.served.primary++;
      return primary<T>(sql);
    }
    try {
      const rows = await (await replicaPool(s))<T>(sql);
      s.served.replica++;
      return rows;
    } catch (err) {
      if (!isDbUnavailable(err)) throw err;
      markDown(s, err);
      s.served.primary++;
      return primary<T>(sql);
    }
  };
}

/** Where lag-tolerant reads go now, and how many each side answered (health page, tests). */
export function replicaStatus(): {
  configured: boolean;
  up: boolean;
  lagging: boolean;
  lagSeconds: number | null;
  served: ReplicaState["served"];
} {
  const s = state();
  return s
    ? {
        configured: true,
        up: !s.down,
        lagging: lagging(s),
        lagSeconds: s.lagSeconds,
        served: { ...s.served },
      }
    : {
        configured: false,
        up: false,
        lagging: false,
        lagSeconds: null,
        served: { replica: 0, primary: 0, fallbacks: 0 },
      };
}

/** Closes the replica's connections (tests, shutdown). */
export async function closeReplica(): Promise<void> {
  const s = globalForReplica.replicaState;
  globalForReplica.replicaState = undefined;
  if (!s) return;
  if (s.probe) clearInterval(s.probe);
  if (s.lagTimer) clearInterval(s.lagTimer);
  const pool = await s.pool?.catch(() => null);
  await pool?.end().catch(() => undefined);
  const routed = await s.routed?.catch(() => null);
  // Only the replica's own client: the primary's belongs to db.ts.
  await (routed as { $replica?: () => Db } | null)
    ?.$replica?.()
    .$disconnect()
    .catch(() => undefined);
}
