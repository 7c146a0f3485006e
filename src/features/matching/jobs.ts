// Matching's background jobs (listed in src/server/jobs/catalog.ts).
// - match-record: one record against everything (a retry of a failed after-commit run);
// - match-rematch: the full re-match, in batches; each batch queues the next with its cursor
//   (the last id done), so a stopped run resumes at the batch it was in (batches are idempotent).
import "server-only";
import { getDb } from "@/server/db";
import { env } from "@/server/env";
import { transactionOptions } from "@/server/db-timeouts";
import { queueJob, registerJob } from "@/server/jobs";
import { refreshMatchNeighbours } from "@/server/match-neighbours";
import { matchRecord } from "./engine/match-record";
import { rematchClaims, rematchFound } from "./engine/rematch";
import { notifyNewProposals } from "./notify";
import { log } from "@/server/logger";

declare module "@/server/jobs/registry" {
  interface JobPayloads {
    "match-record": { kind: "claim" | "found"; id: string };
    "match-rematch": { kind: "claim" | "found"; after: string | null };
  }
}

const hooks = () => ({ onFresh: notifyNewProposals, transaction: transactionOptions() });

registerJob(
  "match-record",
  async (ref) => {
    await refreshMatchNeighbours();
    await matchRecord(await getDb(), ref, hooks());
  },
  // A record takes ~0.7 s at 1M cases, mostly waiting on PostgreSQL: one at a time, matching
  // falls behind intake. Several pollers per worker process run several records at once; two
  // runs racing on one pair are safe (proposals are one INSERT ... ON CONFLICT per pair).
  { retryLimit: 5, concurrency: env().MATCH_JOB_CONCURRENCY },
);

registerJob(
  "match-rematch",
  async ({ kind, after }) => {
    const db = await getDb();
    await refreshMatchNeighbours();
    const run = kind === "found" ? rematchFound : rematchClaims;
    const p = await run(db, { after, limit: kind === "found" ? 50 : 100, hooks: hooks() });
    log().info(
      { kind, matched: p.matched, proposals: p.proposals, last: p.last },
      "jobs: match-rematch batch",
    );
    // Found records first (every claim is met from their side), then claims (duplicates).
    if (!p.done) await queueJob("match-rematch", { kind, after: p.last });
    else if (kind === "found") await queueJob("match-rematch", { kind: "claim", after: null });
  },
  // One batch at a time across processes; a batch may take a while on a large database.
  { policy: "singleton", retryLimit: 5, expireInSeconds: 30 * 60 },
);
