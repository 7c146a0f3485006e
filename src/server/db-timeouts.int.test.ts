// A locked table or a runaway statement must fail within the configured timeouts, and the
// failure must read as "database unavailable" (503, try again), never as a bug.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/testing/test-db";
import { isDbUnavailable } from "./db-errors";
import { createPrismaHandle, type PrismaHandle } from "./prisma-factory";

let testDb: TestDb;
let app: PrismaHandle;
const saved = { ...process.env };

beforeAll(async () => {
  testDb = await createTestDb();
  process.env.DATABASE_STATEMENT_TIMEOUT_MS = "800";
  process.env.DATABASE_LOCK_TIMEOUT_MS = "300";
  process.env.DATABASE_CONNECT_TIMEOUT_MS = "500";
  app = await createPrismaHandle(testDb.url);
});
afterAll(async () => {
  process.env = saved;
  await app?.close();
  await testDb?.drop();
});

async function timed<T>(fn: () => Promise<T>) {
  const t = performance.now();
  const error = await fn().then(
    () => null,
    (e: unknown) => e,
  );
  return { error, ms: performance.now() - t };
}

describe("database timeouts", () => {
  it("gives up on a locked table after lock_timeout, as 'unavailable'", async () => {
    const locker = new pg.Client({ connectionString: testDb.url });
    await locker.connect();
    try {
      await locker.query(`BEGIN; LOCK TABLE "Case" IN ACCESS EXCLUSIVE MODE`);
      const { error, ms } = await timed(() => app.db.case.count());
      expect(error).toBeTruthy();
      expect(isDbUnavailable(error)).toBe(true);
      expect(ms).toBeLessThan(5000);
      // The same inside an interactive transaction: it fails, it does not hang.
      const tx = await timed(() => app.db.$transaction((t) => t.case.findFirst()));
      expect(isDbUnavailable(tx.error)).toBe(true);
    } finally {
      await locker.query("ROLLBACK");
      await locker.end();
    }
  });

  it("cancels a statement after statement_timeout, as 'unavailable'", async () => {
    const { error, ms } = await timed(() => app.db.$executeRawUnsafe("SELECT pg_sleep(5)"));
    expect(isDbUnavailable(error)).toBe(true);
    expect(ms).toBeLessThan(4000);
  });

  it("a database that is not listening fails fast, as 'unavailable'", async () => {
    const down = await createPrismaHandle("postgresql://postgres@127.0.0.1:1/none");
    try {
      const { error } = await timed(() => down.db.user.count());
      expect(isDbUnavailable(error)).toBe(true);
    } finally {
      await down.close();
    }
  });

  it("a terminated connection is 'unavailable'", async () => {
    const victim = new pg.Client({ connectionString: testDb.url });
    await victim.connect();
    victim.on("error", () => {});
    const pending = victim.query("SELECT pg_sleep(3)").catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 150));
    const admin = new pg.Client({ connectionString: testDb.url });
    await admin.connect();
    await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(3)%' AND pid <> pg_backend_pid()`,
    );
    await admin.end();
    expect(isDbUnavailable(await pending)).toBe(true);
    await victim.end().catch(() => {});
  });

  it("a genuine bug is not 'unavailable'", async () => {
    const { error } = await timed(() => app.db.$executeRawUnsafe("SELECT 1/0"));
    expect(error).toBeTruthy();
    expect(isDbUnavailable(error)).toBe(false);
    const missing = await timed(() => app.db.$executeRawUnsafe(`SELECT * FROM "NoSuchTable"`));
    expect(isDbUnavailable(missing.error)).toBe(false);
  });
});
