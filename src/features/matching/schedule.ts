import "server-only";
import { after } from "next/server";
import { getDb } from "@/server/db";
import { transactionOptions } from "@/server/db-timeouts";
import { logUnexpected } from "@/server/errors";
import { queueJob } from "@/server/jobs";
import { refreshMatchNeighbours } from "@/server/match-neighbours";
import { matchRecord, type MatchRef } from "./engine/match-record";
import { notifyNewProposals } from "./notify";

// Matching runs after the filing is committed and answered, in this process, so filing is never
// slowed and never fails because of it: errors are logged, never thrown into the request. A
// failed run is handed to the job engine ("match-record", retried with backoff); the full re-match
// is a job too (jobs.ts). See decision 096.

const inflight = new Set<Promise<void>>();

async function run(ref: MatchRef): Promise<void> {
  try {
    await refreshMatchNeighbours();
    await matchRecord(await getDb(), ref, { onFresh: notifyNewProposals, transaction: transactionOptions() });
  } catch (err) {
    logUnexpected(err, `matching ${ref.kind} ${ref.id}`);
    // Retried by the job engine (with backoff) rather than lost.
    await queueJob("match-record", ref).catch((e: unknown) => logUnexpected(e, "queueing match-record"));
  }
}

function track(start: () => Promise<void>): Promise<void> {
  const p = start().finally(() => inflight.delete(p));
  inflight.add(p);
  return p;
}

/**
 * Matches the record once the current response is sent (Next's after()); outside a request
 * (scripts, tests) on the next turn of the event loop. Never throws.
 */
export function scheduleMatching(ref: MatchRef): void {
  try {
    after(() => track(() => run(ref)));
  } catch {
    void track(() => new Promise<void>((resolve) => setImmediate(resolve)).then(() => run(ref)));
  }
}

/** Waits for every scheduled run (tests, scripts). */
export async function settleMatching(): Promise<void> {
  while (inflight.size) await Promise.all([...inflight]);
}
