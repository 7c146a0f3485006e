// Training's background jobs (listed in src/server/jobs/catalog.ts).
import "server-only";
import { getDb } from "@/server/db";
import { registerJob } from "@/server/jobs";
import { expireEndedSandboxes } from "./practice-expiry";
import { log } from "@/server/logger";

declare module "@/server/jobs/registry" {
  interface JobPayloads {
    "practice-sandbox-expire": Record<string, never>;
  }
}

registerJob(
  "practice-sandbox-expire",
  async () => {
    const r = await expireEndedSandboxes(await getDb());
    if (r.sessions) log().info({ result: r }, "jobs: practice sandboxes expired");
  },
  { cron: "23 3 * * *", retryLimit: 3 },
);
