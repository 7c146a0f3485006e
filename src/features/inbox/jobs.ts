// The inbox feature's background jobs (listed in src/server/jobs/catalog.ts).
import "server-only";
import { getDb } from "@/server/db";
import { registerJob } from "@/server/jobs";
import { sendDailyDigests } from "./digest-data";

declare module "@/server/jobs/registry" {
  interface JobPayloads {
    "staff-digest": Record<string, never>;
  }
}

// Once a day at 12:00 UTC (06:00 in Central America, 07:00-08:00 in the Andes and the
// Caribbean): before the morning shift. Keyed per user and day, so a retry sends nothing twice.
registerJob(
  "staff-digest",
  async () => {
    const r = await sendDailyDigests(await getDb());
    if (r.sent) console.log(`[jobs] staff digests: ${JSON.stringify(r)}`);
  },
  { cron: "0 12 * * *", retryLimit: 3 },
);
