import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { getDb } from "./db";
import { countRateLimited } from "./metrics";

/** One fixed-window limit: `limit` hits per `windowSeconds` under `key`. */
export interface RateLimit {
  key: string;
  limit: number;
  windowSeconds: number;
}

/**
 * The counter's atomic upsert, returning the window's count; with `when`, it counts only when
 * that SQL condition holds (no row comes back otherwise). A statement of its own, or a CTE of a
 * bigger one (the intake's look-up counts a claim only when its submission id is new).
 */
export function rateLimitHitSql({ key, windowSeconds }: RateLimit, when: Prisma.Sql = Prisma.sql`TRUE`) {
  return Prisma.sql`INSERT INTO "RateLimitBucket" ("key", "windowStart", "count")
    SELECT ${key}, now(), 1 WHERE ${when}
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."windowStart" < now() - make_interval(secs => ${windowSeconds})
                     THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimitBucket"."windowStart" < now() - make_interval(secs => ${windowSeconds})
                     THEN now() ELSE "RateLimitBucket"."windowStart" END
    RETURNING "count"`;
}

/** Whether a hit that brought the window's count to `count` is still within the limit. */
export function withinLimit({ key, limit }: RateLimit, count: number): boolean {
  const allowed = count <= limit;
  // The metric names the limit by the key's prefix ("tip", "track"...), never the hashed client.
  if (!allowed) countRateLimited(key.split(":")[0]!);
  return allowed;
}

/**
 * Fixed-window counter in PostgreSQL, so every app process shares it. Returns false once `limit`
 * hits happened in the current window. One atomic upsert per call.
 */
export async function hitRateLimit(key: string, limit: number, windowSeconds: number): Promise<boolean> {
  const db = await getDb();
  const rl = { key, limit, windowSeconds };
  const rows = await db.$queryRaw<{ count: number }[]>(rateLimitHitSql(rl));
  return withinLimit(rl, Number(rows[0]?.count ?? 0));
}
