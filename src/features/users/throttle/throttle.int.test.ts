// The same contract for both throttle stores: PostgreSQL (the attempt log) and Redis.
import crypto from "node:crypto";
import Redis from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/testing/test-db";
import { logAttempt, markAttemptSucceeded } from "../attempt-log";
import { createPostgresThrottleStore } from "./postgres-store";
import { createRedisThrottleStore } from "./redis-store";
import type { ThrottleStore } from "./store";

const WINDOW = 15 * 60_000;
let testDb: TestDb;
let redis: Redis;

beforeAll(async () => {
  testDb = await createTestDb();
  redis = new Redis(process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379", { maxRetriesPerRequest: 1 });
});
afterAll(async () => {
  await testDb?.drop();
  redis?.disconnect();
});

const stores: [string, () => ThrottleStore][] = [
  ["PostgreSQL", () => createPostgresThrottleStore(testDb.db)],
  ["Redis", () => createRedisThrottleStore(redis, `reen:test:${crypto.randomBytes(6).toString("hex")}`)],
];

for (const [name, makeStore] of stores) {
  describe(`${name} throttle store`, () => {
    // Each attempt is logged first, as authenticate() does; the PostgreSQL store reads that log.
    async function attempt(store: ThrottleStore, email: string, ipHash: string, now: Date) {
      const attemptId = await logAttempt(testDb.db, { email, ipHash, at: now });
      const key = { email, ipHash, attemptId, now };
      return { key, counts: await store.countAttempt(key, WINDOW) };
    }
    const unique = () => crypto.randomBytes(6).toString("hex");

    it("counts failures per account and per IP, this attempt included", async () => {
      const store = makeStore();
      const [email, ip, otherIp] = [`${unique()}@x.test`, unique(), unique()];
      const t0 = Date.now();
      for (let i = 1; i <= 3; i++) {
        const { counts } = await attempt(store, email, ip, new Date(t0 + i * 1000));
        expect(counts).toEqual({ account: i, pair: i, ip: i });
      }
      const { counts } = await attempt(store, email, otherIp, new Date(t0 + 5000));
      expect(counts).toEqual({ account: 4, pair: 1, ip: 1 });
      const other = await attempt(store, `${unique()}@x.test`, ip, new Date(t0 + 6000));
      expect(other.counts).toEqual({ account: 1, pair: 1, ip: 4 });
    });

    it("forgets failures older than the window", async () => {
      const store = makeStore();
      const [email, ip] = [`${unique()}@x.test`, unique()];
      const t0 = Date.now() - WINDOW - 120_000;
      for (let i = 0; i < 5; i++) await attempt(store, email, ip, new Date(t0 + i * 1000));
      const { counts } = await attempt(store, email, ip, new Date(t0 + WINDOW + 60_000));
      expect(counts).toEqual({ account: 1, pair: 1, ip: 1 });
    });

    it("a success forgives the account's failures but not the IP's", async () => {
      const store = makeStore();
      const [email, ip] = [`${unique()}@x.test`, unique()];
      const t0 = Date.now();
      for (let i = 0; i < 4; i++) await attempt(store, email, ip, new Date(t0 + i * 1000));
      const ok = await attempt(store, email, ip, new Date(t0 + 5000));
      await markAttemptSucceeded(testDb.db, ok.key.attemptId, crypto.randomUUID());
      await store.recordSuccess(ok.key);
      const { counts } = await attempt(store, email, ip, new Date(t0 + 6000));
      expect(counts).toEqual({ account: 1, pair: 1, ip: 5 });
    });
  });
}
