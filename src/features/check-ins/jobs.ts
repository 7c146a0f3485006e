// The check-ins feature's background job (listed in src/server/jobs/catalog.ts).
import "server-only";
import { getDb } from "@/server/db";
import { registerJob } from "@/server/jobs";
import { sendDueCheckIns } from "./schedule";
import { log } from "@/server/logger";

declare module "@/server/jobs/registry" {
  interface JobPayloads {
    "check-in-send": Record<string, never>;
  }
}

// 15:00 UTC is mid-morning from Mexico to Bolivia: a question families read in daylight.
registerJob(
  "check-in-send",
  async () => {
    const r = await sendDueCheckIns(await getDb());
    if (r.sent) log().info({ result: r }, "jobs: check-ins");
  },
  { cron: "0 15 * * *", retryLimit: 3 },
);
