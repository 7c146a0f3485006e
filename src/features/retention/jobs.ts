// Retention's nightly job (listed in src/server/jobs/catalog.ts, decision 143): applies the
// rules as the system actor, after the day's last reports and before the morning's work.
import "server-only";
import { getDb } from "@/server/db";
import { registerJob } from "@/server/jobs";
import { SYSTEM_ACTOR } from "@/server/policy";
import { applyRetention } from "./run";
import { log } from "@/server/logger";

declare module "@/server/jobs/registry" {
  interface JobPayloads {
    "retention-run": Record<string, never>;
  }
}

registerJob(
  "retention-run",
  async () => {
    const r = await applyRetention(SYSTEM_ACTOR, await getDb());
    const removed = Object.fromEntries(r.selections.filter((s) => s.count).map((s) => [s.kind, s.count]));
    log().info({ purged: r.purge, removed }, "jobs: retention run");
  },
  // One run at a time across processes; a large first run may take a while.
  { cron: "35 2 * * *", retryLimit: 3, policy: "singleton", expireInSeconds: 30 * 60 },
);
