// Runs once when the Next server starts. `npm start` (scripts/start.ts) sets JOB_WORKERS:
// "inline" (the default) runs the background jobs in this process — the only way on the
// embedded database, which one process owns; "off" leaves them to `npm run worker` processes and
// only makes sure the job queues exist, so this process can queue. Unset (next build, next dev
// without it): nothing.
type ReportRequestError = typeof import("./server/request-errors").reportRequestError;
let reportRequestError: ReportRequestError | undefined;

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  ({ reportRequestError } = await import("./server/request-errors"));
  // The first read of the settings: a wrong value stops the server here, with one sentence.
  const { env } = await import("./server/env");
  const mode = env().JOB_WORKERS;
  if (!mode) return;
  const jobs = await import("./server/jobs");
  try {
    if (mode === "inline") {
      await jobs.startJobWorkers();
      console.log("Background jobs run in this process (JOB_WORKERS=inline).");
    } else {
      await jobs.ensureJobQueues();
    }
  } catch (err) {
    // The site must still serve; jobs stay queued in the database for a worker to pick up.
    console.error(`Background jobs could not start: ${(err as Error).message}`);
  }
}

/** Errors Next caught itself: one JSON log line with the request id (src/server/request-errors.ts). */
export function onRequestError(...args: Parameters<ReportRequestError>) {
  reportRequestError?.(...args);
}
