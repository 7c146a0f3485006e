// queueJob: the one way features hand work to the engine. With `tx`, the job is written through
// the caller's Prisma transaction (pg-boss's insert is one statement), so it exists exactly when
// the change that caused it commits — the outbox pattern with pg-boss's job table as the outbox.
import type PgBoss from "pg-boss";
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
