import "server-only";
import { getDb } from "./db";
import { countRateLimited } from "./metrics";

/**
 * Fixed-window counter in PostgreSQL, so every app process shares it. Returns false once `limit`
 * hits happened in the current window. One atomic upsert per call.
 */
export async function hitRateLimit(key: string, limit: number, windowSeconds: number): Promise<boolean> {
  const db = await getDb();
  const rows = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitBucket" ("key", "windowStart", "count")
    VALUES (${key}, now(), 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."windowStart" < now() - make_interval(secs => ${windowSeconds})
                     THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimitBucket"."windowStart" < now() - make_interval(secs => ${windowSeconds})
                     THEN now() ELSE "RateLimitBucket"."windowStart" END
    RETURNING "count"`;
  const allowed = Number(rows[0]?.count ?? 0) <= limit;
  // The metric names the limit by the key's prefix ("tip", "track"...), never the hashed client.
  if (!allowed) countRateLimited(key.split(":")[0]!);
  return allowed;
}
