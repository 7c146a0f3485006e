// The inbox feature's background jobs (listed in src/server/jobs/catalog.ts).
import "server-only";
import { getDb } from "@/server/db";
import { registerJob } from "@/server/jobs";
import { emailInboxItem, emailRecentInboxItems } from "./alert-email-data";
import { sendDailyDigests } from "./digest-data";
import { log } from "@/server/logger";

declare module "@/server/jobs/registry" {
  interface JobPayloads {
    "staff-digest": Record<string, never>;
    "staff-alert-sweep": Record<string, never>;
    "staff-alert-email": { itemId: string };
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

// Alert emails (decision 167): each new alert, request or match queues this job in the
// transaction that wrote it (write.ts; the intake's statement with queueJobSql). The outbox key
// (item + address + channel) makes a retry, or the sweep below meeting the same item, write
// nothing twice.
registerJob(
  "staff-alert-email",
  async ({ itemId }) => {
    const db = await getDb();
    await db.$transaction((tx) => emailInboxItem(tx, itemId));
  },
  { retryLimit: 5, retryDelaySeconds: 10, retryBackoff: true, expireInSeconds: 120 },
);

// The safety net only: an item whose job was never written (the intake's statement before any
// process had created the queue, a row written by hand) is emailed within the quarter hour, as
// long as it is less than six hours old.
registerJob(
  "staff-alert-sweep",
  async () => {
    const n = await emailRecentInboxItems(await getDb());
    if (n) log().info({ written: n }, "jobs: staff alert emails caught by the sweep");
  },
  { cron: "*/15 * * * *", retryLimit: 1, expireInSeconds: 300 },
);
