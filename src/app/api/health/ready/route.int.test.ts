import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { adminQuery, createTestDb, urlFor, type TestDb } from "@/testing/test-db";

let testDb: TestDb;
const original = process.env.DATABASE_URL;
const emptyDb = `reen_unmigrated_${process.pid}`;

beforeAll(async () => {
  testDb = await createTestDb();
  await adminQuery(`CREATE DATABASE "${emptyDb}"`);
});
afterAll(async () => {
  process.env.DATABASE_URL = original;
  delete process.env.READY_DB_TIMEOUT_MS;
  delete process.env.READY_SLOW_CHECKS;
  // getDb() caches both the client and the handle under it (db.ts); forget both.
  delete (globalThis as { prismaPromise?: unknown }).prismaPromise;
  delete (globalThis as { prismaHandlePromise?: unknown }).prismaHandlePromise;
  await testDb?.drop();
  await adminQuery(`DROP DATABASE IF EXISTS "${emptyDb}" WITH (FORCE)`);
});

// Each case imports the routes afresh: the Prisma client is created once per process.
async function probe(databaseUrl: string) {
  vi.resetModules();
  // getDb() caches both the client and the handle under it (db.ts); forget both.
  delete (globalThis as { prismaPromise?: unknown }).prismaPromise;
  delete (globalThis as { prismaHandlePromise?: unknown }).prismaHandlePromise;
  process.env.DATABASE_URL = databaseUrl;
  const [{ GET: ready }, { GET: live }] = await Promise.all([import("./route"), import("../live/route")]);
  const [r, l] = [await ready(), live()];
  return { status: r.status, body: (await r.json()) as Record<string, unknown>, live: l.status };
}

describe("GET /api/health/ready and /live", () => {
  it("is ready when the database answers and every migration is applied", async () => {
    expect(await probe(testDb.url)).toEqual({ status: 200, body: { status: "ok", ready: "ok" }, live: 200 });
  });

  it("is not ready (but alive) when the database is down", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const r = await probe("postgresql://postgres@127.0.0.1:1/none");
    expect(r).toEqual({ status: 503, body: { status: "error", ready: "unreachable" }, live: 200 });
  });

  it("is not ready on a database without this code's migrations", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const r = await probe(urlFor(emptyDb));
    expect(r).toEqual({ status: 503, body: { status: "error", ready: "migrations-pending" }, live: 200 });
  });

  it("tells a slow database (still ready for a few checks) from a hung one (503)", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    process.env.READY_DB_TIMEOUT_MS = "300";
    process.env.READY_SLOW_CHECKS = "1";
    await probe(testDb.url); // a fresh module and a warm connection
    const { GET } = await import("./route");
    // Another session holds the migrations table: the check waits past the timeout.
    const locker = new pg.Client({ connectionString: testDb.url });
    await locker.connect();
    try {
      await locker.query(`BEGIN; LOCK TABLE "_prisma_migrations" IN ACCESS EXCLUSIVE MODE`);
      const answer = async () => {
        const r = await GET();
        return { status: r.status, body: await r.json() };
      };
      expect(await answer()).toEqual({ status: 200, body: { status: "ok", ready: "slow" } });
      expect(await answer()).toEqual({ status: 503, body: { status: "error", ready: "slow" } });
      await locker.query("ROLLBACK");
      // Answering again puts it back at once.
      expect(await answer()).toEqual({ status: 200, body: { status: "ok", ready: "ok" } });
    } finally {
      await locker.end();
    }
  });
});
