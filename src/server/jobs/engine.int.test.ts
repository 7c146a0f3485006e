// The engine on real PostgreSQL: transactional queueing, retries into the dead-letter queue,
// singleton keys and cron schedules, and two workers (own pools, like two processes) sharing
// one queue without running a job twice.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/testing/test-db";
import { log, useLogDestination } from "../logger";
import { metrics } from "../metrics";
import { JobEngine } from "./engine";
import { queueJobOn, UnknownQueueError } from "./queue";
import { deadLetterQueue, jobDefinition, registerJob, type JobDefinition } from "./registry";

declare module "./registry" {
  interface JobPayloads {
    "test-echo": { n: number };
    "test-always-fails": { n: number };
    "test-shared": { n: number };
    "test-cron": Record<string, never>;
  }
}

let testDb: TestDb;
let a: JobEngine;
let b: JobEngine;
const seen: { n: number; engine: string }[] = [];
const sharedRuns = new Map<number, string[]>();
const echoes: number[] = [];

const until = async (cond: () => boolean | Promise<boolean>, ms = 20_000) => {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 100));
  }
};

function defs(engineName: string): JobDefinition[] {
  registerJob(
    "test-echo",
    async ({ n }) => {
      log().info({ n }, "test echo");
      echoes.push(n);
    },
    { pollingIntervalSeconds: 0.5 },
  );
  registerJob(
    "test-always-fails",
    async ({ n }) => {
      seen.push({ n, engine: engineName });
      throw new Error("boom");
    },
    { retryLimit: 2, retryDelaySeconds: 1, retryBackoff: false, pollingIntervalSeconds: 0.5 },
  );
  const shared: JobDefinition = {
    name: "test-shared",
    options: { pollingIntervalSeconds: 0.5, batchSize: 5 },
    handler: async (data) => {
      const { n } = data as { n: number };
      sharedRuns.set(n, [...(sharedRuns.get(n) ?? []), engineName]);
      await new Promise((r) => setTimeout(r, 5));
    },
  };
  registerJob("test-cron", async () => undefined, { cron: "*/5 * * * *" });
  return [
    jobDefinition("test-echo")!,
    jobDefinition("test-always-fails")!,
    shared,
    jobDefinition("test-cron")!,
  ];
}

beforeAll(async () => {
  testDb = await createTestDb();
  a = new JobEngine({ prisma: testDb.db, url: testDb.url }, { maintenanceIntervalSeconds: 1 });
  b = new JobEngine({ prisma: testDb.db, url: testDb.url }, { maintenanceIntervalSeconds: 1 });
  await a.startWorkers(defs("a"));
  await b.startWorkers(defs("b"));
});
afterAll(async () => {
  await a?.stop(2000);
  await b?.stop(2000);
  await testDb?.drop();
});

const jobCount = async (name: string) =>
  Number(
    (
      await testDb.db.$queryRawUnsafe<{ c: bigint }[]>(
        `SELECT count(*) AS c FROM pgboss.job WHERE name = $1`,
        name,
      )
    )[0]!.c,
  );

describe("job engine on PostgreSQL", () => {
  it("queues inside a Prisma transaction: committed runs, rolled back never exists", async () => {
    await testDb.db.$transaction(async (tx) => {
      await queueJobOn(a, "test-echo", { n: 1 }, { tx });
    });
    await expect(
      testDb.db.$transaction(async (tx) => {
        await queueJobOn(a, "test-echo", { n: 2 }, { tx });
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    await until(() => echoes.includes(1));
    await new Promise((r) => setTimeout(r, 1500));
    expect(echoes).toEqual([1]);
  });

  it("retries a failing job with its delay, then moves it to the dead-letter queue", async () => {
    await queueJobOn(a, "test-always-fails", { n: 7 });
    await until(async () => (await jobCount(deadLetterQueue("test-always-fails"))) === 1);
    // First attempt + 2 retries, then dead.
    expect(seen.filter((s) => s.n === 7)).toHaveLength(3);
    const dead = await testDb.db.$queryRawUnsafe<{ data: { n: number }; state: string }[]>(
      `SELECT data, state FROM pgboss.job WHERE name = $1`,
      deadLetterQueue("test-always-fails"),
    );
    expect(dead).toEqual([{ data: { n: 7 }, state: "created" }]);
  });

  it("each attempt logs under an id of its own, and a failed one is logged and counted", async () => {
    const lines: Record<string, unknown>[] = [];
    useLogDestination({ write: (l: string) => void lines.push(JSON.parse(l) as Record<string, unknown>) });
    const failuresBefore = (await metrics().jobFailures.get()).values.find(
      (v) => v.labels.queue === "test-always-fails",
    )?.value;
    try {
      await queueJobOn(a, "test-echo", { n: 41 });
      await queueJobOn(a, "test-echo", { n: 42 });
      await queueJobOn(a, "test-always-fails", { n: 43 });
      await until(() => lines.filter((l) => l.msg === "jobs: attempt failed").length === 3);
      await until(() => echoes.includes(42) && echoes.includes(41));
    } finally {
      useLogDestination();
    }
    const echoLines = lines.filter((l) => l.msg === "test echo");
    expect(echoLines).toHaveLength(2);
    const ids = echoLines.map((l) => l.requestId);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}$/);
    expect(ids[0]).not.toBe(ids[1]);
    const failed = lines.filter((l) => l.msg === "jobs: attempt failed");
    expect(failed.map((l) => l.retryCount)).toEqual([0, 1, 2]);
    expect(new Set(failed.map((l) => l.requestId)).size).toBe(3);
    expect(failed[0]).toMatchObject({ level: "error", job: "test-always-fails", error: { message: "boom" } });
    const failures = (await metrics().jobFailures.get()).values.find(
      (v) => v.labels.queue === "test-always-fails",
    );
    expect(failures!.value - (failuresBefore ?? 0)).toBe(3);
    const text = await metrics().registry.metrics();
    expect(text).toMatch(/^job_attempt_duration_seconds_count\{queue="test-echo",outcome="done"\} [1-9]/m);
  });

  it("a singleton key queues once per slot, across engines", async () => {
    const later = new Date(Date.now() + 60_000);
    const opts = { singletonKey: "k1", singletonSeconds: 600, startAfter: later };
    const first = await queueJobOn(a, "test-echo", { n: 3 }, opts);
    const second = await queueJobOn(b, "test-echo", { n: 3 }, opts);
    const other = await queueJobOn(b, "test-echo", { n: 3 }, { ...opts, singletonKey: "k2" });
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(second).toBeNull();
    expect(other).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("refuses a job for a queue that does not exist instead of dropping it", async () => {
    await expect(queueJobOn(a, "test-nope" as "test-echo", { n: 0 })).rejects.toBeInstanceOf(
      UnknownQueueError,
    );
  });

  it("two workers share a queue: every job runs once, both take part", async () => {
    const N = 200;
    await testDb.db.$transaction(async (tx) => {
      for (let n = 0; n < N; n++) await queueJobOn(a, "test-shared", { n }, { tx });
    });
    await until(() => sharedRuns.size === N);
    await new Promise((r) => setTimeout(r, 1000));
    const runs = [...sharedRuns.values()];
    expect(runs.every((r) => r.length === 1)).toBe(true);
    const byA = runs.filter((r) => r[0] === "a").length;
    expect(byA).toBeGreaterThan(0);
    expect(byA).toBeLessThan(N);
  });

  it("a cron job is scheduled once however many processes install it", async () => {
    const rows = await testDb.db.$queryRawUnsafe<{ name: string; cron: string }[]>(
      `SELECT name, cron FROM pgboss.schedule`,
    );
    expect(rows).toEqual([{ name: "test-cron", cron: "*/5 * * * *" }]);
  });
});
