// A minimal SQL connection over either real PostgreSQL (pg) or embedded PGlite. Used by the
// migration runner, the start-up check and scripts that must run before Prisma is safe to use.
import fs from "node:fs";
import path from "node:path";
import { env } from "./env";
import { metrics } from "./metrics";

export interface SqlClient {
  readonly kind: "postgres" | "pglite";
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs a multi-statement script. */
  exec(sql: string): Promise<void>;
  transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export function pgliteDataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ env().PGLITE_DATA_DIR);
}

export async function openPglite(dataDir = pgliteDataDir()) {
  const [{ PGlite }, { pg_trgm }, { unaccent }, { btree_gin }] = await Promise.all([
    import("@electric-sql/pglite"),
    import("@electric-sql/pglite/contrib/pg_trgm"),
    import("@electric-sql/pglite/contrib/unaccent"),
    import("@electric-sql/pglite/contrib/btree_gin"),
  ]);
  // PGlite does not create missing parents of its data directory.
  if (dataDir !== "memory://") fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const db = new PGlite(dataDir, { extensions: { pg_trgm, unaccent, btree_gin } });
  await db.waitReady;
  return db;
}

type Pglite = Awaited<ReturnType<typeof openPglite>>;
type PgliteTx = Parameters<Parameters<Pglite["transaction"]>[0]>[0];

function wrapPglite(db: Pglite | PgliteTx, close: () => Promise<void>): SqlClient {
  return {
    kind: "pglite",
    async query<T>(sql: string, params: unknown[] = []) {
      return (await db.query(sql, params)).rows as T[];
    },
    async exec(sql) {
      await db.exec(sql);
    },
    async transaction(fn) {
      if (!("transaction" in db)) return fn(wrapPglite(db, close));
      return db.transaction((tx) => fn(wrapPglite(tx, close)));
    },
    close,
  };
}

async function connectPostgres(url: string): Promise<SqlClient> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  const self: SqlClient = {
    kind: "postgres",
    async query<T>(sql: string, params: unknown[] = []) {
      return (await client.query(sql, params)).rows as T[];
    },
    async exec(sql) {
      await client.query(sql);
    },
    async transaction(fn) {
      await client.query("BEGIN");
      try {
        const result = await fn(self);
        await client.query("COMMIT");
        return result;
      } catch (err) {
        await client.query("ROLLBACK");
        throw err;
      }
    },
    close: () => client.end(),
  };
  return self;
}

/** A SqlClient over an already open PGlite (closing it closes the database). */
export function pgliteSqlClient(db: Pglite): SqlClient {
  return wrapPglite(db, () => db.close());
}

/** Connects to DATABASE_URL when set, else to the embedded PGlite data directory. */
export async function connectSql(url = env().DATABASE_URL): Promise<SqlClient> {
  if (url) return connectPostgres(url);
  const db = await openPglite();
  return wrapPglite(db, () => db.close());
}

/**
 * A plain pg pool (no Prisma) for hot read paths. "timestamp without time zone" columns hold UTC
 * (as Prisma writes and reads them), so they are parsed as UTC here too, whatever the process's
 * time zone; the session settings are the ones Prisma's pool gets (db-timeouts.ts).
 */
export async function openPgPool(
  url: string,
  opts: { max: number; connectMs: number; statementMs: number; lockMs: number; idleInTransactionMs: number },
) {
  const { default: pg } = await import("pg");
  const TIMESTAMP = 1114;
  const types = {
    getTypeParser: (oid: number, format?: "text" | "binary") =>
      oid === TIMESTAMP
        ? (v: string) => new Date(`${v.replace(" ", "T")}Z`)
        : pg.types.getTypeParser(oid, format as "text"),
  };
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.max,
    connectionTimeoutMillis: opts.connectMs,
    statement_timeout: opts.statementMs,
    lock_timeout: opts.lockMs,
    idle_in_transaction_session_timeout: opts.idleInTransactionMs,
    types: types as never,
  });
  // An idle connection dropped by the server (restart, failover) must not crash the process:
  // the next query reports the outage instead.
  pool.on("error", () => undefined);
  return timePoolCheckouts(pool, "sql");
}

type CheckoutCallback = (err: Error | undefined, client?: unknown, release?: unknown) => void;

/**
 * Times every checkout of a connection from `pool` (db_pool_wait_seconds{pool}): near zero while
 * the pool has idle connections, and the queueing delay once every connection is busy, which is
 * what a pool that is too small (or a slow database) looks like from the app. pg's own query()
 * checks out through connect() with a callback, so both forms are wrapped.
 */
export function timePoolCheckouts<P extends { connect: (...args: never[]) => unknown }>(
  pool: P,
  name: string,
): P {
  const connect = (pool.connect as (cb?: CheckoutCallback) => unknown).bind(pool);
  const wait = () => metrics().dbPoolWait.startTimer({ pool: name });
  (pool as unknown as { connect: unknown }).connect = (cb?: CheckoutCallback) => {
    const end = wait();
    if (cb)
      return connect((err, client, release) => {
        end();
        cb(err, client, release);
      });
    return (connect() as Promise<unknown>).finally(end);
  };
  return pool;
}
