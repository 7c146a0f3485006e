// The inbox feature's background jobs (listed in src/server/jobs/catalog.ts).
import "server-only";
import { getDb } from "@/server/db";
import { registerJob } from "@/server/jobs";
import { emailRecentInboxItems } from "./alert-email-data";
import { sendDailyDigests } from "./digest-data";
import { log } from "@/server/logger";

declare module "@/server/jobs/registry" {
  interface JobPayloads {
    "staff-digest": Record<string, never>;
    "staff-alert-sweep": Record<string, never>;
  }
}

// Once a day at 12:00 UTC (06:00 in Central America, 07:00-08:00 in the Andes and the
// Caribbean): before the morning shift. Keyed per user and day, so a retry sends nothing twice.
registerJob(
  "staff-digest",
  async () => {
    const r = await sendDailyDigests(await getDb());
    if (r.sent) log().info({ result: r }, "jobs: staff digests");
  },
  { cron: "0 12 * * *", retryLimit: 3 },
);

// Alert emails (decision 160): every minute, the emailed kinds of the last hours, whichever code
// wrote them (the intake's one-statement insert, the trafficking-alert job, requests, matches),
// without a job queued by each writer; the outbox key makes every pass after the first a no-op.
registerJob(
  "staff-alert-sweep",
  async () => {
    const n = await emailRecentInboxItems(await getDb());
    if (n) console.log(`[jobs] staff alert emails: ${n}`);
  },
  { cron: "* * * * *", retryLimit: 1, expireInSeconds: 300 },
);
