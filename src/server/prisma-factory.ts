// Builds a Prisma client on the right driver adapter. Shared by the app (via db.ts), the seed,
// scripts and integration tests, none of which may import "server-only" code.
import { PrismaClient } from "@/generated/prisma/client";
import { dbTimeouts } from "./db-timeouts";
import { withErrorReference } from "./error-reference";
import { watchPool } from "./metrics";
import { openPglite, timePoolCheckouts } from "./sql-client";
import { env } from "./env";
import { hideSoftDeleted } from "./soft-delete";

export interface PrismaHandle {
  db: PrismaClient;
  /** Disconnects; for PGlite also closes the database so the process can exit. */
  close(): Promise<void>;
  /** The embedded database under the client, when there is one (the job engine shares it). */
  pglite?: Awaited<ReturnType<typeof openPglite>>;
  /** The PostgreSQL URL the client uses, when it is not embedded. */
  url?: string;
}

export async function createPrismaHandle(url = env().DATABASE_URL): Promise<PrismaHandle> {
  if (url) {
    const [{ PrismaPg }, { default: pg }] = await Promise.all([import("@prisma/adapter-pg"), import("pg")]);
    const max = env().DATABASE_POOL_MAX;
    const t = dbTimeouts();
    // The pool is built here rather than by the adapter so the metrics can see it: connections in
    // use, idle and waited for, and how long a checkout waits (db_pool_*{pool="prisma"}).
    const pool = new pg.Pool({
      connectionString: url,
      max,
      connectionTimeoutMillis: t.connectMs,
      statement_timeout: t.statementMs,
      lock_timeout: t.lockMs,
      idle_in_transaction_session_timeout: t.idleInTransactionMs,
    });
    pool.on("error", () => undefined); // a dropped idle connection: the next query reports it
    timePoolCheckouts(pool, "prisma");
    const adapter = new PrismaPg(pool, { disposeExternalPool: true });
    const db = withErrorReference(hideSoftDeleted(new PrismaClient({ adapter })));
    watchPool("prisma", pool);
    return { db, url, close: () => db.$disconnect() };
  }
  // Embedded default: one PGlite per process. Never open the same directory from two processes.
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  const pglite = await openPglite();
  const db = withErrorReference(hideSoftDeleted(new PrismaClient({ adapter: new PrismaPGlite(pglite) })));
  return {
    db,
    pglite,
    close: async () => {
      await db.$disconnect();
      await pglite.close();
    },
  };
}
