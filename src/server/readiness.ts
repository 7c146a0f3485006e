import "server-only";
import { getDb } from "./db";
import { isDbUnavailable } from "./db-errors";
import { env } from "./env";
import { pendingMigrations, readMigrations, type Migration } from "./migrations";
import { errorForLog, log } from "./logger";

export type Readiness = "ok" | "slow" | "unreachable" | "migrations-pending";

// The migration files do not change while the process runs: read them once.
let known: Migration[] | undefined;
// Slow checks in a row: a loaded database stays in rotation for a while, a hung one does not.
let slowInARow = 0;

class Slow extends Error {}

/**
 * Ready to take traffic: the database answers AND every migration of this code is applied (an
 * instance started beside a newer or older schema must not get requests). A database without
 * the migrations table counts as "migrations-pending". Liveness is separate
 * (/api/health/live): a process waiting for its database is alive, just not ready.
 *
 * "Down" and "slow" are told apart: a refused or dropped connection is "unreachable" at once,
 * while a check that outlasts READY_DB_TIMEOUT_MS is "slow". Under load every instance shares the
 * same busy database, so taking them out of the balancer one by one on a slow answer only moves
 * the load (and empties the pool); a slow answer still counts as ready for READY_SLOW_CHECKS
 * checks in a row, after which the database is treated as hung.
 */
export async function checkReadiness(): Promise<Readiness> {
  const result = await check();
  slowInARow = result === "slow" ? slowInARow + 1 : 0;
  return result;
}

/** Whether a readiness answer means "send traffic" (the route's 200). */
export function isReady(r: Readiness): boolean {
  return r === "ok" || (r === "slow" && slowInARow <= env().READY_SLOW_CHECKS);
}

async function check(): Promise<Readiness> {
  const ms = env().READY_DB_TIMEOUT_MS;
  let db;
  try {
    db = await getDb();
    await withTimeout(db.$queryRaw`SELECT 1`, ms);
  } catch (err) {
    return failed(err, "unreachable", "ready: database check failed");
  }
  try {
    known ??= readMigrations();
    const client = db;
    const query = <T>(sql: string, params: unknown[] = []) => client.$queryRawUnsafe<T[]>(sql, ...params);
    const pending = await withTimeout(pendingMigrations({ query }, known), ms);
    return pending.length ? "migrations-pending" : "ok";
  } catch (err) {
    // A lock or statement timeout on the migrations table is load, not a missing migration.
    if (isDbUnavailable(err)) return failed(err, "unreachable", "ready: migration check failed");
    return failed(err, "migrations-pending", "ready: migration check failed");
  }
}

function failed(err: unknown, otherwise: Readiness, message: string): Readiness {
  if (err instanceof Slow) {
    log().warn({ timeoutMs: env().READY_DB_TIMEOUT_MS }, "ready: database slow to answer");
    return "slow";
  }
  log().error({ error: errorForLog(err) }, message);
  return otherwise;
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    p,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Slow("timeout")), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
