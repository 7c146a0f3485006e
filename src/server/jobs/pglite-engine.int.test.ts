// The same engine on the embedded database: pg-boss shares PGlite's one connection with Prisma
// (queries with parameters through query(), its parameterless scripts through exec()).
import { PrismaClient } from "@/generated/prisma/client";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "../migrations";
import { openPglite, pgliteSqlClient } from "../sql-client";
import { JobEngine } from "./engine";
import { queueJobOn } from "./queue";
import { deadLetterQueue, jobDefinition, registerJob } from "./registry";

declare module "./registry" {
  interface JobPayloads {
    "test-embedded": { n: number };
    "test-embedded-fails": { n: number };
  }
}

let pglite: Awaited<ReturnType<typeof openPglite>>;
let db: PrismaClient;
let engine: JobEngine;
const ran: number[] = [];
const errors: Error[] = [];

const until = async (cond: () => boolean | Promise<boolean>, ms = 30_000) => {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 100));
  }
};

beforeAll(async () => {
  pglite = await openPglite("memory://");
  await applyMigrations(pgliteSqlClient(pglite));
  db = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  registerJob("test-embedded", async ({ n }) => void ran.push(n), { pollingIntervalSeconds: 0.5 });
  registerJob(
    "test-embedded-fails",
    async () => {
      throw new Error("boom");
    },
    { retryLimit: 1, retryDelaySeconds: 1, retryBackoff: false, pollingIntervalSeconds: 0.5 },
  );
  engine = new JobEngine(
    { prisma: db, pglite },
    { maintenanceIntervalSeconds: 1, onError: (e) => void errors.push(e) },
  );
  await engine.startWorkers([jobDefinition("test-embedded")!, jobDefinition("test-embedded-fails")!]);
}, 60_000);

afterAll(async () => {
  await engine?.stop(2000);
  await db?.$disconnect();
  await pglite?.close();
});

describe("job engine on PGlite", () => {
  it("queues in a Prisma transaction and runs the job; a rolled-back one never runs", async () => {
    await db.$transaction(async (tx) => {
      await queueJobOn(engine, "test-embedded", { n: 1 }, { tx });
    });
    await expect(
      db.$transaction(async (tx) => {
        await queueJobOn(engine, "test-embedded", { n: 2 }, { tx });
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    for (let n = 3; n < 23; n++) await queueJobOn(engine, "test-embedded", { n });
    await until(() => ran.length === 21);
    expect(ran.sort((x, y) => x - y)).toEqual([1, ...Array.from({ length: 20 }, (_, i) => i + 3)]);
  });

  it("retries, dead-letters, and runs its maintenance scripts without errors", async () => {
    await queueJobOn(engine, "test-embedded-fails", { n: 9 });
    const dead = () =>
      pglite
        .query<{ c: number }>(`SELECT count(*)::int AS c FROM pgboss.job WHERE name = $1`, [
          deadLetterQueue("test-embedded-fails"),
        ])
        .then((r) => r.rows[0]!.c);
    await until(async () => (await dead()) === 1);
    // Maintenance (multi-statement, parameterless) has had time to run at its 1 s interval.
    await new Promise((r) => setTimeout(r, 2500));
    const v = await pglite.query<{ maintained_on: Date | null }>(`SELECT maintained_on FROM pgboss.version`);
    expect(v.rows[0]!.maintained_on).not.toBeNull();
    expect(errors).toEqual([]);
  });
});
