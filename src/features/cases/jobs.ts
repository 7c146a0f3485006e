// The cases feature's background jobs (listed in src/server/jobs/catalog.ts).
import "server-only";
import { getDb } from "@/server/db";
import { registerJob } from "@/server/jobs";
import { sendTraffickingFlagAlerts } from "./data/trafficking-alert";
import { remindStaleCases } from "./stale-reminders";
import { log } from "@/server/logger";

declare module "@/server/jobs/registry" {
  interface JobPayloads {
    "case-stale-remind": Record<string, never>;
    "case-trafficking-alert": { caseEventId: string };
  }
}

registerJob(
  "case-stale-remind",
  async () => {
    const r = await remindStaleCases(await getDb());
    if (r.reminded) log().info({ result: r }, "jobs: stale-case reminders");
  },
  { cron: "41 6 * * *", retryLimit: 3 },
);

// Alerts for a case flagged as possible trafficking after the intake (data/trafficking-alert.ts);
// idempotent per flag event, so pg-boss's retries are safe.
registerJob(
  "case-trafficking-alert",
  async ({ caseEventId }) => {
    await sendTraffickingFlagAlerts(await getDb(), caseEventId);
  },
  { retryLimit: 5, retryDelaySeconds: 10, retryBackoff: true },
);
