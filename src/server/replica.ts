import "server-only";
import { readReplicas } from "@prisma/extension-read-replicas";
import { Prisma } from "@/generated/prisma/client";
import { getDb, type Db } from "./db";
import { isDbUnavailable } from "./db-errors";
import { env } from "./env";
import { errorForLog, log } from "./logger";
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
  globalForReplica.replicaState = url
    ? { url, down: false, served: { replica: 0, primary: 0, fallbacks: 0 } }
    : null;
  return globalForReplica.replicaState;
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

/**
 * Runs a lag-tolerant read: on the replica when there is one and it is up (model reads through
 * the read-replicas extension, raw SQL through `rawReader(db)`), else on the primary. A read the
 * replica fails for availability reasons is run again on the primary; other errors propagate.
 */
export async function readLagTolerant<T>(read: (db: Db) => Promise<T>): Promise<T> {
  const s = state();
  if (!s || s.down) {
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
    if (s.down) {
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
export function replicaStatus(): { configured: boolean; up: boolean; served: ReplicaState["served"] } {
  const s = state();
  return s
    ? { configured: true, up: !s.down, served: { ...s.served } }
    : { configured: false, up: false, served: { replica: 0, primary: 0, fallbacks: 0 } };
}

/** Closes the replica's connections (tests, shutdown). */
export async function closeReplica(): Promise<void> {
  const s = globalForReplica.replicaState;
  globalForReplica.replicaState = undefined;
  if (!s) return;
  if (s.probe) clearInterval(s.probe);
  const pool = await s.pool?.catch(() => null);
  await pool?.end().catch(() => undefined);
  const routed = await s.routed?.catch(() => null);
  // Only the replica's own client: the primary's belongs to db.ts.
  await (routed as { $replica?: () => Db } | null)
    ?.$replica?.()
    .$disconnect()
    .catch(() => undefined);
}
