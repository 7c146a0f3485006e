import "server-only";
import { getDb } from "./db";
import { pendingMigrations, readMigrations, type Migration } from "./migrations";
import { errorForLog, log } from "./logger";

export type Readiness = "ok" | "unreachable" | "migrations-pending";

// The migration files do not change while the process runs: read them once.
let known: Migration[] | undefined;

/**
 * Ready to take traffic: the database answers within 2 s AND every migration of this code is
 * applied (an instance started beside a newer or older schema must not get requests). A
 * database without the migrations table counts as "migrations-pending". Liveness is separate
 * (/api/health/live): a process waiting for its database is alive, just not ready.
 */
export async function checkReadiness(): Promise<Readiness> {
  let db;
  try {
    db = await getDb();
    await withTimeout(db.$queryRaw`SELECT 1`);
  } catch (err) {
    log().error({ error: errorForLog(err) }, "ready: database check failed");
    return "unreachable";
  }
  try {
    known ??= readMigrations();
    const client = db;
    const query = <T>(sql: string, params: unknown[] = []) => client.$queryRawUnsafe<T[]>(sql, ...params);
    const pending = await withTimeout(pendingMigrations({ query }, known));
    return pending.length ? "migrations-pending" : "ok";
  } catch (err) {
    log().error({ error: errorForLog(err) }, "ready: migration check failed");
    return "migrations-pending";
  }
}

function withTimeout<T>(p: Promise<T>, ms = 2000): Promise<T> {
  return Promise.race([
    p,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timeout")), ms)),
  ]);
}
