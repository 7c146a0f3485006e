// match-record's concurrency: the setting reaches the job's options, and those options make one
// engine run that many jobs at the same time (a barrier only opens when all are in flight).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { JobEngine } from "@/server/jobs";
import { queueJobOn } from "@/server/jobs/queue";
import { jobDefinition, type JobDefinition } from "@/server/jobs/registry";
import { createTestDb, type TestDb } from "@/testing/test-db";

declare module "@/server/jobs/registry" {
  interface JobPayloads {
    "test-match-concurrency": { n: number };
  }
}

const N = 3;
let testDb: TestDb;
let engine: JobEngine | undefined;

beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(async () => {
  delete process.env.MATCH_JOB_CONCURRENCY;
  await engine?.stop(2000);
  await testDb?.drop();
});

describe("match-record concurrency", () => {
  it("takes MATCH_JOB_CONCURRENCY (default 2)", async () => {
    vi.resetModules();
    await import("./jobs");
    expect(jobDefinition("match-record")?.options.concurrency).toBe(2);
    process.env.MATCH_JOB_CONCURRENCY = String(N);
    vi.resetModules();
    await import("./jobs");
    expect(jobDefinition("match-record")?.options.concurrency).toBe(N);
  });

  it(`runs ${N} jobs at once in one process with those options`, async () => {
    let inFlight = 0;
    let most = 0;
    const done: number[] = [];
    let open!: () => void;
    const barrier = new Promise<void>((r) => (open = r));
    const def: JobDefinition = {
      name: "test-match-concurrency",
      options: { ...jobDefinition("match-record")!.options, pollingIntervalSeconds: 0.5 },
      handler: async (data) => {
        inFlight++;
        most = Math.max(most, inFlight);
        if (inFlight === N) open();
        // One at a time, the first job would wait here alone until the timeout.
        await Promise.race([barrier, new Promise((r) => setTimeout(r, 5000))]);
        inFlight--;
        done.push((data as { n: number }).n);
      },
    };
    engine = new JobEngine({ prisma: testDb.db, url: testDb.url }, { maintenanceIntervalSeconds: 60 });
    await engine.startWorkers([def]);
    const started = Date.now();
    for (let n = 0; n < N; n++) await queueJobOn(engine, "test-match-concurrency", { n });
    while (done.length < N && Date.now() - started < 20_000) await new Promise((r) => setTimeout(r, 50));
    expect(done.sort()).toEqual([0, 1, 2]);
    expect(most).toBe(N);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
