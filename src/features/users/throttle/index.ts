import "server-only";
import Redis from "ioredis";
import type { Db } from "@/server/db";
import { createPostgresThrottleStore } from "./postgres-store";
import { createRedisThrottleStore } from "./redis-store";
import type { ThrottleStore } from "./store";
import { env } from "@/server/env";

const globalForRedis = globalThis as unknown as { loginRedis?: Redis };

/** Redis when REDIS_URL is set (one connection per process), else the PostgreSQL attempt log. */
export function getThrottleStore(db: Db): ThrottleStore {
  const url = env().REDIS_URL;
  if (!url) return createPostgresThrottleStore(db);
  // Fail closed: if Redis is unreachable the sign-in errors rather than skipping the limit.
  globalForRedis.loginRedis ??= new Redis(url, { maxRetriesPerRequest: 2 });
  return createRedisThrottleStore(globalForRedis.loginRedis);
}

export { throttleLimits } from "./config";
export type { ThrottleStore } from "./store";
