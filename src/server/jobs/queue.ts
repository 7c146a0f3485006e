// queueJob: the one way features hand work to the engine. With `tx`, the job is written through
// the caller's Prisma transaction (pg-boss's insert is one statement), so it exists exactly when
// the change that caused it commits — the outbox pattern with pg-boss's job table as the outbox.
import type PgBoss from "pg-boss";
import { Prisma } from "@/generated/prisma/client";
import type { Tx } from "../db";
import { prismaBossDb } from "./boss-db";
import { BOSS_SCHEMA, type JobEngine } from "./engine";
import type { JobName, JobPayloads } from "./registry";

export interface QueueOptions {
  /** Queue inside this transaction: committed with it, gone if it rolls back. */
  tx?: Tx;
  /**
   * Deduplication key. With singletonSeconds: one job per key per time slot of that length (any
   * queue). Alone: one job per key waiting, on a queue of policy "short" (or one per state,
   * "stately"); on a "standard" queue a key alone does not deduplicate. A duplicate returns null.
   */
  singletonKey?: string;
  singletonSeconds?: number;
  /** Run no earlier than this. */
  startAfter?: Date;
  /** Higher runs first. */
  priority?: number;
}

export class UnknownQueueError extends Error {}

export async function queueJobOn<N extends JobName>(
  engine: JobEngine,
  name: N,
  data: JobPayloads[N],
  opts: QueueOptions = {},
): Promise<string | null> {
  const { tx, ...rest } = opts;
  const send: PgBoss.SendOptions = { ...rest };
  // Passing the whole option object would set singletonKey: undefined etc.; keep it minimal.
  for (const k of Object.keys(send) as (keyof PgBoss.SendOptions)[])
    if (send[k] === undefined) delete send[k];
  if (tx) send.db = prismaBossDb(tx);
  const id = await engine.sender.send(name, data as object, send);
  if (id === null && !opts.singletonKey) {
    // pg-boss 10 drops a job for a queue that does not exist; a lost job must not pass silently.
    const db = send.db ?? engine.sender.getDb();
    const { rows } = await db.executeSql(`SELECT 1 FROM ${BOSS_SCHEMA}.queue WHERE name = $1`, [name]);
    if (!rows.length)
      throw new UnknownQueueError(`No job queue "${name}": is it registered in jobs/catalog.ts?`);
  }
  return id;
}

/**
 * A data-modifying CTE body that queues job `name` once per row of `from` (a CTE or table of
 * the same statement), with `data` (SQL over those rows) as its payload — for writes that are
 * ONE statement and so cannot take a `tx` (the intake's claim, decision 161). The job exists
 * exactly when the statement commits. It is pg-boss 10's own insert (plans.js insertJob) with the
 * queue's options and pg-boss's defaults: the schema is this project's migration, pinned to that
 * version (engine.ts refuses another). Like pg-boss, it writes nothing for a queue that does not
 * exist yet (no engine has created it): `RETURNING` tells the caller how many it wrote.
 */
export function queueJobSql(name: JobName, from: string, data: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`INSERT INTO ${Prisma.raw(BOSS_SCHEMA)}.job (name, data, expire_in, keep_until,
      retry_limit, retry_delay, retry_backoff, dead_letter, policy)
    SELECT q.name, ${data}, COALESCE(q.expire_seconds * interval '1s', interval '15 minutes'),
      now() + COALESCE(q.retention_minutes * interval '1 minute', interval '14 days'),
      COALESCE(q.retry_limit, 2),
      CASE WHEN COALESCE(q.retry_backoff, false) THEN GREATEST(COALESCE(q.retry_delay, 0), 1)
           ELSE COALESCE(q.retry_delay, 0) END,
      COALESCE(q.retry_backoff, false), q.dead_letter, q.policy
    FROM ${Prisma.raw(from)} JOIN ${Prisma.raw(BOSS_SCHEMA)}.queue q ON q.name = ${name}
    RETURNING id`;
}
