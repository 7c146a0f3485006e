// The worker's own Prometheus listener: jobs run by an engine in this process show up per queue
// and outcome, with the last success and the queue depth read from the database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withTestDb } from "@/testing/with-test-db";
import { JobEngine } from "./jobs/engine";
import { queueJobOn } from "./jobs/queue";
import type { JobDefinition } from "./jobs/registry";
import { startWorkerMetrics, type MetricsServer } from "./worker-metrics";

declare module "./jobs/registry" {
  interface JobPayloads {
    "test-wm-ok": { n: number };
    "test-wm-fails": { n: number };
  }
}

const env = withTestDb();
let engine: JobEngine;
let server: MetricsServer;
const originalUrl = process.env.DATABASE_URL;
let ran = 0;
let failed = 0;

beforeAll(async () => {
  // The scrape's database reads go through the plain pg pool (sql-reader.ts).
  process.env.DATABASE_URL = env.testDb.url;
  engine = new JobEngine({ prisma: env.db, url: env.testDb.url }, { maintenanceIntervalSeconds: 60 });
  const defs: JobDefinition[] = [
    { name: "test-wm-ok", options: { pollingIntervalSeconds: 0.5 }, handler: async () => void ran++ },
    {
      name: "test-wm-fails",
      options: { pollingIntervalSeconds: 0.5, retryLimit: 0 },
      handler: async () => {
        failed++;
        throw new Error("boom");
      },
    },
  ];
  await engine.startWorkers(defs);
  server = await startWorkerMetrics(0, "127.0.0.1");
});
afterAll(async () => {
  delete process.env.METRICS_TOKEN;
  process.env.DATABASE_URL = originalUrl;
  await server?.close();
  await engine?.stop(2000);
});

const get = (path: string, auth?: string) =>
  fetch(`http://127.0.0.1:${server.port}${path}`, { headers: auth ? { Authorization: auth } : {} });

describe("worker metrics listener", () => {
  it("answers Prometheus text: attempts per queue and outcome, last success, queue depth", async () => {
    const before = Date.now() / 1000;
    await queueJobOn(engine, "test-wm-ok", { n: 1 });
    await queueJobOn(engine, "test-wm-ok", { n: 2 });
    await queueJobOn(engine, "test-wm-fails", { n: 3 });
    const end = Date.now() + 20_000;
    while ((ran < 2 || failed < 1) && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
    // One waiting job, never worked: the depth the database reports.
    await queueJobOn(engine, "test-wm-ok", { n: 4 }, { startAfter: new Date(Date.now() + 3_600_000) });
    const res = await get("/metrics");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/plain");
    const text = await res.text();
    expect(text).toMatch(/^job_attempt_duration_seconds_count\{queue="test-wm-ok",outcome="done"\} 2$/m);
    expect(text).toMatch(/^job_attempt_duration_seconds_count\{queue="test-wm-fails",outcome="failed"\} 1$/m);
    expect(text).toMatch(/^job_attempt_failures_total\{queue="test-wm-fails"\} 1$/m);
    const last = /^job_last_success_timestamp_seconds\{queue="test-wm-ok"\} ([\d.e+]+)$/m.exec(text);
    expect(Number(last?.[1])).toBeGreaterThanOrEqual(Math.floor(before));
    expect(text).not.toMatch(/^job_last_success_timestamp_seconds\{queue="test-wm-fails"\}/m);
    expect(text).toMatch(/^job_queue_jobs\{queue="test-wm-ok",state="created"\} 1$/m);
  });

  it("serves nothing else, and asks for METRICS_TOKEN when it is set", async () => {
    expect((await get("/")).status).toBe(404);
    process.env.METRICS_TOKEN = "s3cret-worker-token";
    expect((await get("/metrics")).status).toBe(401);
    expect((await get("/metrics", "Bearer wrong")).status).toBe(401);
    expect((await get("/metrics", "Bearer s3cret-worker-token")).status).toBe(200);
  });
});
