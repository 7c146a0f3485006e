import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { getDb } from "./db";
import { dbTimeouts } from "./db-timeouts";
import { openPgPool } from "./sql-client";
import { env } from "./env";
import { stampRequestId } from "./error-reference";
import { watchPool } from "./metrics";

/** Runs one SQL statement built with Prisma.sql and returns its rows. */
export type SqlRows = <T>(sql: Prisma.Sql) => Promise<T[]>;

// The lookup and the viewer read are the hottest reads: on real PostgreSQL they go straight to a
// plain pg pool (Prisma's raw-query path costs ~3 ms of CPU per lookup in serialization alone,
// see docs/decisions/111-lookup-on-plain-pg.md). On embedded PGlite (one connection, one
// process) they go through Prisma's client, which owns that connection.
const globalForSql = globalThis as unknown as { sqlRowsPromise?: Promise<SqlRows> };

async function createSqlRows(): Promise<SqlRows> {
  const url = env().DATABASE_URL;
  if (!url) {
    const db = await getDb();
    return <T>(sql: Prisma.Sql) => db.$queryRaw<T[]>(sql);
  }
  const rows = await poolSqlRows(url, env().DATABASE_POOL_MAX);
  watchPool("sql", rows.pool);
  return rows;
}

/** SqlRows on a new pg pool (exported for the tests that compare it with Prisma's path). */
export async function poolSqlRows(
  url: string,
  max: number,
): Promise<SqlRows & { end(): Promise<void>; pool: Awaited<ReturnType<typeof openPgPool>> }> {
  const pool = await openPgPool(url, { ...dbTimeouts(), max });
  const rows = async <T>(sql: Prisma.Sql) =>
    (
      await pool.query(sql.text, sql.values).catch((err: unknown) => {
        throw stampRequestId(err);
      })
    ).rows as T[];
  return Object.assign(rows, { end: () => pool.end(), pool });
}

export function getSqlRows(): Promise<SqlRows> {
  globalForSql.sqlRowsPromise ??= createSqlRows().catch((err) => {
    globalForSql.sqlRowsPromise = undefined;
    throw err;
  });
  return globalForSql.sqlRowsPromise;
}
