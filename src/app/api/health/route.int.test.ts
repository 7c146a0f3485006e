import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDb, type TestDb } from "@/testing/test-db";

let testDb: TestDb;
const original = process.env.DATABASE_URL;

beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(async () => {
  process.env.DATABASE_URL = original;
  await testDb?.drop();
});

// Each case imports the route afresh: the Prisma client is created once per process.
async function getHealth(databaseUrl: string) {
  vi.resetModules();
  // getDb() caches both the client and the handle under it (db.ts); forget both.
  delete (globalThis as { prismaPromise?: unknown }).prismaPromise;
  delete (globalThis as { prismaHandlePromise?: unknown }).prismaHandlePromise;
  process.env.DATABASE_URL = databaseUrl;
  const { GET } = await import("./route");
  const res = await GET();
  return {
    status: res.status,
    body: (await res.json()) as Record<string, unknown>,
    cache: res.headers.get("cache-control"),
  };
}

describe("GET /api/health", () => {
  it("is ok when the database answers", async () => {
    const r = await getHealth(testDb.url);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ status: "ok", db: "ok" });
    expect(typeof r.body.version).toBe("string");
    expect(r.cache).toBe("no-store");
  });

  it("is 503 when the database is down", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const r = await getHealth("postgresql://postgres@127.0.0.1:1/none");
    expect(r.status).toBe(503);
    expect(r.body).toMatchObject({ status: "error", db: "unreachable" });
  });
});
