import "server-only";
// The gauges that are read from the database at scrape time: connections PostgreSQL sees for
// this database, this process's two pg pools (Prisma's and the plain one), background jobs by queue and state, and the outbox's
// backlog. One round trip per group; a group whose table does not exist (yet) is skipped.
import { Prisma } from "@/generated/prisma/client";
import { BOSS_SCHEMA } from "./jobs/engine";
import { metrics, refreshPoolGauges } from "./metrics";
import { getSqlRows } from "./sql-reader";

type Rows = Awaited<ReturnType<typeof getSqlRows>>;

async function connections(sql: Rows) {
  const rows = await sql<{ state: string | null; n: number }>(Prisma.sql`
    SELECT coalesce(state, 'unknown') AS state, count(*)::int AS n
    FROM pg_stat_activity WHERE datname = current_database() GROUP BY 1`);
  const g = metrics().dbConnections;
  g.reset();
  for (const r of rows) g.set({ state: r.state ?? "unknown" }, r.n);
}

async function jobs(sql: Rows) {
  const rows = await sql<{ name: string; state: string; n: number }>(
    Prisma.sql`SELECT name, state::text AS state, count(*)::int AS n FROM ${Prisma.raw(`"${BOSS_SCHEMA}".job`)} GROUP BY 1, 2`,
  );
  const g = metrics().jobs;
  g.reset();
  for (const r of rows) g.set({ queue: r.name, state: r.state }, r.n);
}

async function outbox(sql: Rows) {
  const [row] = await sql<{ n: number; oldest: number | null }>(Prisma.sql`
    SELECT count(*)::int AS n, extract(epoch FROM now() - min("createdAt"))::float8 AS oldest
    FROM "OutboundMessage" WHERE status IN ('PENDING', 'SENDING', 'FAILED')`);
  metrics().outboxPending.set(row?.n ?? 0);
  metrics().outboxOldestSeconds.set(row?.oldest ?? 0);
}

export async function refreshDbGauges(): Promise<void> {
  // During an outage the scrape still answers (request timings, refusals): metrics matter most then.
  const sql = await getSqlRows().catch(() => null);
  if (sql) {
    for (const group of [connections, jobs, outbox]) {
      // A table that does not exist on this installation (or a busy database) leaves the
      // previous values; the scrape still answers with everything else.
      await group(sql).catch(() => undefined);
    }
  }
  refreshPoolGauges();
}
