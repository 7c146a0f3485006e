// The job catalogue of this process: what each job is called, what it carries, how it retries.
// Features register their handlers from their own jobs.ts (imported by ./catalog.ts); queueJob
// and the workers read the same table, so a job's options live in one place.

/**
 * Job name -> payload. Each feature adds its jobs by declaration merging:
 * `declare module "@/server/jobs/registry" { interface JobPayloads { "mail-deliver": { id: string } } }`
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface JobPayloads {}

export type JobName = keyof JobPayloads & string;

export interface JobContext {
  id: string;
  name: string;
  /** 0 on the first attempt. */
  retryCount: number;
}

export type JobHandler<N extends JobName> = (data: JobPayloads[N], job: JobContext) => Promise<void>;

export interface JobOptions {
  /** Attempts after the first; default 5. */
  retryLimit?: number;
  /** Seconds before the first retry; doubled each time when retryBackoff (default true). */
  retryDelaySeconds?: number;
  retryBackoff?: boolean;
  /**
   * How long one attempt may run. A worker that dies mid-job leaves it "active"; after this long
   * the engine fails the attempt and retries it elsewhere. Default 5 minutes.
   */
  expireInSeconds?: number;
  /** Failed past its retries -> a copy lands in `<name>-dead` (default true). */
  deadLetter?: boolean;
  /** Cron expression (UTC): the engine queues the job on this schedule, once across processes. */
  cron?: string;
  /**
   * pg-boss queue policy. "singleton": at most one running at a time across processes (cron jobs
   * default to it); "short": at most one waiting per singletonKey; "stately": one per state.
   */
  policy?: "standard" | "short" | "singleton" | "stately";
  /** Jobs fetched per poll and handled one after the other. Default 1. */
  batchSize?: number;
  /**
   * Handle a fetched batch's jobs at once instead of one after the other (for handlers that wait
   * on a network, like sending mail). A failure still fails the whole batch; handlers must be
   * idempotent anyway. Default false.
   */
  parallel?: boolean;
  /** Concurrent pollers per process for this job. Default 1. */
  concurrency?: number;
  /** Seconds between polls when idle. Default 2. */
  pollingIntervalSeconds?: number;
}

export interface JobDefinition<N extends JobName = JobName> {
  name: N;
  handler: JobHandler<N>;
  options: JobOptions;
}

const globalForJobs = globalThis as unknown as { jobDefinitions?: Map<string, JobDefinition> };
const definitions = (globalForJobs.jobDefinitions ??= new Map());

/** Registers (or replaces) a job's handler and options in this process. */
export function registerJob<N extends JobName>(name: N, handler: JobHandler<N>, options: JobOptions = {}) {
  if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new Error(`Job name "${name}": use lower-case kebab-case`);
  definitions.set(name, { name, handler, options } as unknown as JobDefinition);
}

export function jobDefinition(name: string): JobDefinition | undefined {
  return definitions.get(name);
}

export function jobDefinitions(): JobDefinition[] {
  return [...definitions.values()];
}

export function deadLetterQueue(name: string): string {
  return `${name}-dead`;
}
