import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb, pointAppAt } from "@/testing/test-db";
import { allowPublic } from "./public-limits";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
  pointAppAt(testDb.db);
});
afterAll(() => testDb?.drop());

const from = (ip: string) => new Headers({ "x-reencuentro-client-ip": ip });

describe("public bulletin limits", () => {
  it("lets a person page through, and stops a scraper at 30 list pages a minute per address", async () => {
    const results: boolean[] = [];
    for (let i = 0; i < 31; i++) results.push(await allowPublic("bulletinList", from("203.0.113.5")));
    expect(results.slice(0, 30).every(Boolean)).toBe(true);
    expect(results[30]).toBe(false);
    // Another address is not affected; the counts live in PostgreSQL, shared by every process.
    expect(await allowPublic("bulletinList", from("203.0.113.6"))).toBe(true);
    expect(await testDb.db.rateLimiterFlexible.count()).toBeGreaterThanOrEqual(2);
  });

  it("limits searches separately", async () => {
    for (let i = 0; i < 20; i++) expect(await allowPublic("bulletinSearch", from("203.0.113.7"))).toBe(true);
    expect(await allowPublic("bulletinSearch", from("203.0.113.7"))).toBe(false);
  });
});
