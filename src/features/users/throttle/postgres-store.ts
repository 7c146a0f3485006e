import "server-only";
import type { Db } from "@/server/db";
import type { AttemptKey, FailureCounts, ThrottleStore } from "./store";

/**
 * Reads the LoginAttempt log itself: the attempt's row (success = false) is written before
 * countAttempt, and marked successful afterwards, so nothing else needs storing.
 */
export function createPostgresThrottleStore(db: Db): ThrottleStore {
  return {
    async countAttempt(key: AttemptKey, windowMs: number): Promise<FailureCounts> {
      const cutoff = new Date(key.now.getTime() - windowMs);
      const lastSuccess = await db.loginAttempt.findFirst({
        where: { email: key.email, success: true, createdAt: { gt: cutoff } },
        orderBy: { createdAt: "desc" },
        select: { createdAt: true },
      });
      const since = lastSuccess ? lastSuccess.createdAt : cutoff;
      const failed = { success: false, createdAt: { gt: since } };
      const [account, pair, ip] = await Promise.all([
        db.loginAttempt.count({ where: { email: key.email, ...failed } }),
        db.loginAttempt.count({ where: { email: key.email, ipHash: key.ipHash, ...failed } }),
        db.loginAttempt.count({ where: { ipHash: key.ipHash, success: false, createdAt: { gt: cutoff } } }),
      ]);
      return { account, pair, ip };
    },
    // The attempt log's row is marked successful by the caller; the count above starts after it.
    async recordSuccess() {},
  };
}
