import crypto from "node:crypto";
import Redis from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedReference } from "../../../prisma/seed/reference";
import { createUser } from "@/testing/factories";
import { createTestDb, type TestDb, pointAppAt } from "@/testing/test-db";
import { authenticate } from "./authenticate";
import { createRedisThrottleStore } from "./throttle/redis-store";

const PASSWORD = "a long enough test password";
let testDb: TestDb;

beforeAll(async () => {
  testDb = await createTestDb();
  await seedReference(testDb.db);
  pointAppAt(testDb.db);
});
afterAll(async () => {
  const { getDb } = await import("@/server/db");
  await (await getDb()).$disconnect();
  await testDb?.drop();
});

const fromIp = (ip: string) => new Headers({ "x-reencuentro-client-ip": ip });
const randomIp = () => `10.${[1, 2, 3].map(() => crypto.randomInt(255)).join(".")}`;
async function newUser(extra: { disabledAt?: Date } = {}) {
  const email = `${crypto.randomBytes(5).toString("hex")}@demo.test`;
  const user = await createUser(testDb.db, { email, role: "POLICE", countryCode: "BZ", password: PASSWORD });
  if (extra.disabledAt)
    await testDb.db.user.update({ where: { id: user.id }, data: { disabledAt: extra.disabledAt } });
  return user;
}
const attemptsFor = (email: string) =>
  testDb.db.loginAttempt.findMany({ where: { email }, select: { success: true, userId: true } });

describe("authenticate", () => {
  it("accepts the right password and logs a successful attempt", async () => {
    const user = await newUser();
    const result = await authenticate({
      email: ` ${user.email.toUpperCase()} `,
      password: PASSWORD,
      headers: fromIp(randomIp()),
    });
    expect(result).toEqual({
      ok: true,
      user: { id: user.id, email: user.email, role: "POLICE", sessionVersion: 1 },
    });
    expect(await attemptsFor(user.email)).toEqual([{ success: true, userId: user.id }]);
  });

  it("answers an unknown email and a wrong password identically, and logs both", async () => {
    const user = await newUser();
    const unknown = `${crypto.randomBytes(5).toString("hex")}@demo.test`;
    const wrong = await authenticate({
      email: user.email,
      password: "not the password!",
      headers: fromIp(randomIp()),
    });
    const missing = await authenticate({ email: unknown, password: PASSWORD, headers: fromIp(randomIp()) });
    expect(wrong).toEqual({ ok: false, error: "auth:invalidCredentials" });
    expect(missing).toEqual(wrong);
    expect(await attemptsFor(user.email)).toEqual([{ success: false, userId: null }]);
    expect(await attemptsFor(unknown)).toEqual([{ success: false, userId: null }]);
  });

  it("refuses a disabled account even with the right password", async () => {
    const user = await newUser({ disabledAt: new Date() });
    const result = await authenticate({ email: user.email, password: PASSWORD, headers: fromIp(randomIp()) });
    expect(result).toEqual({ ok: false, error: "auth:invalidCredentials" });
  });

  it("costs about the same for an unknown email and a wrong password", async () => {
    const user = await newUser();
    const time = async (email: string) => {
      const t = performance.now();
      await authenticate({ email, password: "wrong password here", headers: fromIp(randomIp()) });
      return performance.now() - t;
    };
    await time("warm-up@demo.test");
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 5; i++) {
      known.push(await time(user.email));
      unknown.push(await time(`nobody-${i}@demo.test`));
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[2]!;
    const ratio = median(known) / median(unknown);
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  });
});

describe("store selection", () => {
  it("keeps the counts in Redis when REDIS_URL is set", async () => {
    const url = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
    const redis = new Redis(url);
    process.env.REDIS_URL = url;
    try {
      const ip = randomIp();
      await authenticate({ email: `nobody-${ip}@demo.test`, password: "x", headers: fromIp(ip) });
      const { hashIp } = await import("@/server/request-info");
      expect(await redis.zcard(`reen:login:ip:${hashIp(ip)}`)).toBe(1);
    } finally {
      delete process.env.REDIS_URL;
      redis.disconnect();
      // The app keeps one connection per process; close it so the test process can exit.
      (globalThis as { loginRedis?: Redis }).loginRedis?.disconnect();
    }
  });
});

describe("throttling", () => {
  for (const mode of ["PostgreSQL", "Redis"] as const) {
    describe(mode, () => {
      let redis: Redis | undefined;
      beforeAll(() => {
        if (mode === "Redis") redis = new Redis(process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379");
      });
      afterAll(() => redis?.disconnect());
      const deps = () =>
        redis
          ? { store: createRedisThrottleStore(redis, `reen:test:${crypto.randomBytes(6).toString("hex")}`) }
          : {};

      it("pauses an account from one IP after 10 failures there, without checking the password", async () => {
        const user = await newUser();
        const d = deps();
        const attacker = randomIp();
        for (let i = 0; i < 10; i++) {
          const r = await authenticate(
            { email: user.email, password: `wrong ${i}`, headers: fromIp(attacker) },
            d,
          );
          expect(r).toEqual({ ok: false, error: "auth:invalidCredentials" });
        }
        // From the attacker's address the right password is refused too: the throttle answers first.
        const r = await authenticate({ email: user.email, password: PASSWORD, headers: fromIp(attacker) }, d);
        expect(r).toEqual({ ok: false, error: "auth:throttled" });
        expect((await attemptsFor(user.email)).filter((a) => a.success)).toEqual([]);
        // ...and the pause ends with the window.
        const later = new Date(Date.now() + 16 * 60_000);
        const after = await authenticate(
          { email: user.email, password: PASSWORD, headers: fromIp(attacker) },
          { ...d, now: () => later },
        );
        expect(after.ok).toBe(true);
      });

      it("failures from elsewhere never lock the owner out: they only slow the account down", async () => {
        const user = await newUser();
        const d = deps();
        const waits: number[] = [];
        const sleep = async (ms: number) => {
          waits.push(ms);
        };
        for (let i = 0; i < 25; i++) {
          await authenticate(
            { email: user.email, password: `wrong ${i}`, headers: fromIp(randomIp()) },
            { ...d, sleep },
          );
        }
        expect(waits.length).toBeGreaterThan(0); // over the account-wide limit: slowed down
        const owner = await authenticate(
          { email: user.email, password: PASSWORD, headers: fromIp(randomIp()) },
          { ...d, sleep },
        );
        expect(owner.ok).toBe(true);
      });

      it("pauses an IP after its own limit of failures, whatever the emails", async () => {
        process.env.LOGIN_MAX_FAILURES_PER_IP = "4";
        try {
          const ip = randomIp();
          const user = await newUser();
          const d = deps();
          for (let i = 0; i < 4; i++) {
            await authenticate(
              { email: `nobody-${i}-${ip}@demo.test`, password: "x", headers: fromIp(ip) },
              d,
            );
          }
          const r = await authenticate({ email: user.email, password: PASSWORD, headers: fromIp(ip) }, d);
          expect(r).toEqual({ ok: false, error: "auth:throttled" });
          const elsewhere = await authenticate(
            { email: user.email, password: PASSWORD, headers: fromIp(randomIp()) },
            d,
          );
          expect(elsewhere.ok).toBe(true);
        } finally {
          delete process.env.LOGIN_MAX_FAILURES_PER_IP;
        }
      });
    });
  }
});
