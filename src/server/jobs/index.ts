// The job engine's public entry. Features: `registerJob` in their jobs.ts (listed in
// ./catalog.ts) and `queueJob` from their data code. See docs/DEVELOPING.md ("Background jobs").
import "server-only";
import { getDbHandle } from "../db";
import { JobEngine, type JobEngineSettings } from "./engine";
import { queueJobOn, type QueueOptions } from "./queue";
import type { JobName, JobPayloads } from "./registry";

export { registerJob, type JobContext, type JobOptions, type JobPayloads } from "./registry";
export { UnknownQueueError, type QueueOptions } from "./queue";
export { JobEngine } from "./engine";

// One engine per process, shared by Next's separately bundled instrumentation and routes.
const globalForJobs = globalThis as unknown as { jobEnginePromise?: Promise<JobEngine> };

export function getJobEngine(settings?: JobEngineSettings): Promise<JobEngine> {
  globalForJobs.jobEnginePromise ??= getDbHandle().then(
    (h) => new JobEngine({ prisma: h.db, url: h.url, pglite: h.pglite }, settings),
  );
  return globalForJobs.jobEnginePromise;
}

/** Tests and benchmarks run an engine of their own (on their own database). */
export function setJobEngine(engine: JobEngine | undefined): void {
  globalForJobs.jobEnginePromise = engine ? Promise.resolve(engine) : undefined;
}

/**
 * Queues a job; with `{ tx }` inside that Prisma transaction. Returns the job id, or null when
 * a job with the same singletonKey is already waiting.
 */
export async function queueJob<N extends JobName>(
  name: N,
  data: JobPayloads[N],
  opts?: QueueOptions,
): Promise<string | null> {
  return queueJobOn(await getJobEngine(), name, data, opts);
}

/** Loads every feature's jobs (./catalog) and starts polling for them in this process. */
export async function startJobWorkers(settings?: JobEngineSettings): Promise<JobEngine> {
  await import("./catalog");
  const engine = await getJobEngine(settings);
  await engine.startWorkers();
  return engine;
}

/** Creates the queues of every feature's jobs (for a process that queues but does not work). */
export async function ensureJobQueues(): Promise<void> {
  await import("./catalog");
  await (await getJobEngine()).ensureQueues();
}
