// The outbox's jobs (listed in ../jobs/catalog.ts).
import "server-only";
import { getDb } from "../db";
import { queueJob, registerJob } from "../jobs";
import { deliverMessage, sendTimeoutSeconds, staleMessageIds } from "./deliver";
import { env } from "../env";

declare module "../jobs/registry" {
  interface JobPayloads {
    "message-deliver": { id: string };
    "message-sweep": Record<string, never>;
  }
}

export const DELIVERY_RETRIES = 8;

registerJob(
  "message-deliver",
  async ({ id }, job) => {
    await deliverMessage(await getDb(), id, { final: job.retryCount >= DELIVERY_RETRIES });
  },
  {
    // 30 s, 1 min, 2 min … ~2 h: an SMTP outage of a few hours delays mail, loses none.
    retryLimit: DELIVERY_RETRIES,
    retryDelaySeconds: env().MESSAGE_RETRY_SECONDS,
    retryBackoff: true,
    expireInSeconds: sendTimeoutSeconds(),
    // Sending waits on the SMTP server far more than it works: a batch goes out at once.
    batchSize: 20,
    parallel: true,
    concurrency: 2,
    pollingIntervalSeconds: 1,
  },
);

registerJob(
  "message-sweep",
  async () => {
    for (const id of await staleMessageIds(await getDb())) {
      await queueJob("message-deliver", { id }, { singletonKey: id, singletonSeconds: 600 });
    }
  },
  { cron: "*/5 * * * *" },
);
