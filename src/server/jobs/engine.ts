// The job engine: pg-boss 10 on the portal's own database (PostgreSQL, or the embedded PGlite
// through its single connection). Its schema comes from our migrations (decision 080), so the
// engine starts with migrate: false and refuses a schema of another version.
import pg from "pg";
import PgBoss from "pg-boss";
import type { PrismaClient } from "@/generated/prisma/client";
import type { openPglite } from "../sql-client";
import { pgliteBossDb, poolBossDb, prismaBossDb } from "./boss-db";
import {
  deadLetterQueue,
  jobDefinitions,
  type JobContext,
  type JobDefinition,
  type JobOptions,
} from "./registry";
import { errorForLog, log } from "../logger";
import { metrics } from "../metrics";
import { newRequestId, requestContext } from "../request-context";

export const BOSS_SCHEMA = "pgboss";
const DEAD_LETTER_RETENTION_MINUTES = 60 * 24 * 30;

export interface JobEngineTarget {
  prisma: PrismaClient;
  /** PostgreSQL: pg-boss gets a small pool of its own for polling and maintenance. */
  url?: string;
  /** Embedded: pg-boss shares the one PGlite connection with Prisma. */
  pglite?: Awaited<ReturnType<typeof openPglite>>;
}

export interface JobEngineSettings {
  /** Run the cron schedules from this process (pg-boss keeps it once across processes). */
  schedule?: boolean;
  /** Connections in pg-boss's own pool (PostgreSQL only). */
  poolMax?: number;
  /** How often expired attempts are failed and old jobs archived; default 60 s. */
  maintenanceIntervalSeconds?: number;
  /** Default for workers without their own pollingIntervalSeconds. */
  pollingIntervalSeconds?: number;
  onError?: (err: Error) => void;
}

function queueOptions(o: JobOptions, name: string): PgBoss.Queue {
  return {
    name,
    policy: o.policy ?? (o.cron ? "singleton" : "standard"),
    retryLimit: o.retryLimit ?? 5,
    retryDelay: o.retryDelaySeconds ?? 10,
    retryBackoff: o.retryBackoff ?? true,
    expireInSeconds: o.expireInSeconds ?? 300,
    ...(o.deadLetter === false ? {} : { deadLetter: deadLetterQueue(name) }),
  };
}

export class JobEngine {
  /** Polls, runs handlers, maintenance and cron; started by startWorkers(). */
  readonly boss: PgBoss;
  /**
   * Never started: writes jobs and queues through Prisma (a client or a transaction), so queueing
   * needs no worker in the process and joins the caller's transaction.
   */
  readonly sender: PgBoss;
  private readonly pool?: pg.Pool;
  private started = false;

  constructor(
    target: JobEngineTarget,
    private readonly settings: JobEngineSettings = {},
  ) {
    const common = {
      schema: BOSS_SCHEMA,
      migrate: false,
      schedule: settings.schedule ?? true,
      supervise: true,
      maintenanceIntervalSeconds: settings.maintenanceIntervalSeconds ?? 60,
      // Completed jobs stay a day for the delivery log, failed ones a week; then they are deleted.
      archiveCompletedAfterSeconds: 60 * 60 * 24,
      archiveFailedAfterSeconds: 60 * 60 * 24 * 7,
      deleteAfterDays: 7,
    };
    // Our own connection (not pg-boss's, which opens only at start) so that queues and
    // schedules can be created by a process that never polls.
    if (target.pglite) {
      this.boss = new PgBoss({ ...common, db: pgliteBossDb(target.pglite) });
    } else if (target.url) {
      this.pool = new pg.Pool({
        connectionString: target.url,
        max: settings.poolMax ?? 3,
        application_name: "reencuentro-jobs",
      });
      this.pool.on("error", (err) => (settings.onError ?? logEngineError)(err));
      this.boss = new PgBoss({ ...common, db: poolBossDb(this.pool) });
    } else {
      throw new Error("The job engine needs a PostgreSQL URL or the embedded database");
    }
    this.boss.on("error", (err) => (settings.onError ?? logEngineError)(err));
    this.sender = new PgBoss({
      ...common,
      schedule: false,
      supervise: false,
      db: prismaBossDb(target.prisma),
    });
  }

  /** Creates every registered queue (and its dead-letter queue) and brings options up to date. */
  async ensureQueues(defs: JobDefinition[] = jobDefinitions()): Promise<void> {
    const existing = new Set((await this.boss.getQueues()).map((q) => q.name));
    for (const def of defs) {
      const opts = queueOptions(def.options, def.name);
      if (opts.deadLetter && !existing.has(opts.deadLetter)) {
        await this.sendQueueCommand("create", opts.deadLetter, {
          name: opts.deadLetter,
          retentionMinutes: DEAD_LETTER_RETENTION_MINUTES,
          retryLimit: 0,
        });
      }
      await this.sendQueueCommand(existing.has(def.name) ? "update" : "create", def.name, opts);
    }
  }

  private async sendQueueCommand(kind: "create" | "update", name: string, opts: PgBoss.Queue) {
    if (kind === "create") await this.boss.createQueue(name, opts);
    else await this.boss.updateQueue(name, opts);
  }

  /** Starts polling for every registered job and installs the cron schedules. */
  async startWorkers(defs: JobDefinition[] = jobDefinitions()): Promise<void> {
    if (this.started) return;
    this.started = true;
    await this.boss.start();
    await this.ensureQueues(defs);
    for (const def of defs) {
      const o = def.options;
      const work: PgBoss.WorkOptions & { includeMetadata: true } = {
        includeMetadata: true,
        batchSize: o.batchSize ?? 1,
        pollingIntervalSeconds: o.pollingIntervalSeconds ?? this.settings.pollingIntervalSeconds ?? 2,
      };
      for (let i = 0; i < (o.concurrency ?? 1); i++) {
        let workerId = "";
        workerId = await this.boss.work(def.name, work, async (jobs) => {
          // pg-boss waits a polling interval after every fetch; a full batch means more are
          // waiting, so poll again at once (a backlog drains at handler speed, not poll speed).
          if (jobs.length === work.batchSize) this.boss.notifyWorker(workerId);
          // A batch is handled one job after the other (or all at once with `parallel`); a
          // failure fails the batch's rest too, which pg-boss retries (handlers are idempotent).
          const run = (job: (typeof jobs)[number]) =>
            runAttempt(def, { id: job.id, name: job.name, retryCount: job.retryCount }, job.data);
          if (o.parallel) await Promise.all(jobs.map(run));
          else for (const job of jobs) await run(job);
        });
      }
      if (o.cron) await this.boss.schedule(def.name, o.cron, {}, { tz: "UTC" });
      else await this.boss.unschedule(def.name);
    }
  }

  /** Stops polling, waits up to `timeoutMs` for running jobs, closes the engine's pool. */
  async stop(timeoutMs = 10_000): Promise<void> {
    if (this.started) {
      this.started = false;
      await this.boss.stop({ graceful: true, wait: true, timeout: timeoutMs });
    }
    await this.pool?.end();
  }
}

/**
 * One attempt of a job, in a context of its own like a request's: every log line it writes
 * carries one id (the `requestId` field, so one query finds both kinds), and a failure is timed,
 * counted and logged here, by name and shape only, before pg-boss retries it.
 */
async function runAttempt(def: JobDefinition, job: JobContext, data: unknown): Promise<void> {
  return requestContext.run({ requestId: newRequestId() }, async () => {
    const end = metrics().jobDuration.startTimer({ queue: def.name });
    try {
      await def.handler(data as never, job);
      end({ outcome: "done" });
      metrics().jobLastSuccess.set({ queue: def.name }, Date.now() / 1000);
    } catch (err) {
      end({ outcome: "failed" });
      metrics().jobFailures.inc({ queue: def.name });
      log().error(
        { job: def.name, jobId: job.id, retryCount: job.retryCount, error: errorForLog(err) },
        "jobs: attempt failed",
      );
      throw err;
    }
  });
}

function logEngineError(err: Error) {
  log().error({ error: errorForLog(err) }, "jobs: engine error");
}
