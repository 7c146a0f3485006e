// The cases feature's background jobs (listed in src/server/jobs/catalog.ts).
import "server-only";
import { getDb } from "@/server/db";
import { registerJob } from "@/server/jobs";
import { remindStaleCases } from "./stale-reminders";

declare module "@/server/jobs/registry" {
  interface JobPayloads {
    "case-stale-remind": Record<string, never>;
  }
}

registerJob(
  "case-stale-remind",
  async () => {
    const r = await remindStaleCases(await getDb());
    if (r.reminded) console.log(`[jobs] stale-case reminders: ${JSON.stringify(r)}`);
  },
  { cron: "41 6 * * *", retryLimit: 3 },
);
