import "server-only";
import crypto from "node:crypto";
import type Redis from "ioredis";
import type { AttemptKey, FailureCounts, ThrottleStore } from "./store";
import { appSecret } from "@/server/env";

/** Emails are personal data: Redis keys carry only a keyed hash of them. */
function accountHash(email: string): string {
  const key = appSecret();
  return crypto.createHmac("sha256", key).update(`login:${email}`).digest("hex").slice(0, 32);
}

/**
 * Sliding windows as sorted sets (score = time, member = attempt id). Each call is one MULTI,
 * so concurrent attempts on several app processes are all counted.
 */
export function createRedisThrottleStore(redis: Redis, prefix = "reen:login"): ThrottleStore {
  const accountKey = (email: string) => `${prefix}:acct:${accountHash(email)}`;
  const ipKey = (ipHash: string) => `${prefix}:ip:${ipHash}`;
  const pairKey = (email: string, ipHash: string) => `${prefix}:pair:${accountHash(email)}:${ipHash}`;
  return {
    async countAttempt(key: AttemptKey, windowMs: number): Promise<FailureCounts> {
      const now = key.now.getTime();
      const tx = redis.multi();
      for (const k of [accountKey(key.email), ipKey(key.ipHash), pairKey(key.email, key.ipHash)]) {
        tx.zremrangebyscore(k, "-inf", now - windowMs);
        tx.zadd(k, now, key.attemptId);
        tx.zcard(k);
        tx.pexpire(k, windowMs);
      }
      const results = await tx.exec();
      if (!results) throw new Error("Redis transaction was aborted");
      const card = (i: number) => {
        const [err, value] = results[i]!;
        if (err) throw err;
        return Number(value);
      };
      return { account: card(2), ip: card(6), pair: card(10) };
    },
    async recordSuccess(key: AttemptKey) {
      await redis
        .multi()
        .del(accountKey(key.email))
        .del(pairKey(key.email, key.ipHash))
        .zrem(ipKey(key.ipHash), key.attemptId)
        .exec();
    },
  };
}
