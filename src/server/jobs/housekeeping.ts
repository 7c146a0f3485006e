// Rows that are only useful for a while and hold personal data (typed emails, hashed addresses)
// or just grow: purged hourly. Each limit is the longest any reader looks back, plus margin.
import "server-only";
import type { Db } from "../db";
import { getDb } from "../db";
import { registerJob } from "./registry";
import { log } from "../logger";

declare module "./registry" {
  interface JobPayloads {
    "housekeeping-purge": Record<string, never>;
  }
}

/** The account page shows a week of failed sign-ins; the throttle looks back minutes. */
export const LOGIN_ATTEMPT_DAYS = 8;
/** The longest fixed window in use is an hour (tips); a day leaves ample margin. */
export const RATE_BUCKET_HOURS = 24;
/**
 * Outbox rows hold a reporter's address; once a message is out (or was never to go) the row is
 * only the delivery log's history, kept 90 days. Failed and dead ones stay until resolved.
 */
export const DELIVERED_MESSAGE_DAYS = 90;

/** The audit trail's own period (decision 143); the database refuses anything shorter. */
export const AUDIT_EVENT_YEARS = 5;

/** AuditEvent is append-only: its old rows go only through the database's audit_event_purge(). */
export async function purgeOldAuditEvents(db: Db) {
  const [row] = await db.$queryRawUnsafe<{ removed: number }[]>(
    `SELECT "audit_event_purge"(make_interval(years => $1)) AS removed`,
    AUDIT_EVENT_YEARS,
  );
  return Number(row?.removed ?? 0);
}

export async function purgeExpiredRows(db: Db, now = new Date()) {
  const day = 86_400_000;
  const [loginAttempts, rateBuckets, rateLimiter, revokedSessions, messages] = await db.$transaction([
    db.loginAttempt.deleteMany({
      where: { createdAt: { lt: new Date(now.getTime() - LOGIN_ATTEMPT_DAYS * day) } },
    }),
    db.rateLimitBucket.deleteMany({
      where: { windowStart: { lt: new Date(now.getTime() - RATE_BUCKET_HOURS * 3_600_000) } },
    }),
    db.rateLimiterFlexible.deleteMany({ where: { expire: { lt: now } } }),
    // A revoked token past its expiry is refused by its own expiry already.
    db.revokedSession.deleteMany({ where: { expiresAt: { lt: now } } }),
    db.outboundMessage.deleteMany({
      where: {
        status: { in: ["SENT", "SUPPRESSED"] },
        updatedAt: { lt: new Date(now.getTime() - DELIVERED_MESSAGE_DAYS * day) },
      },
    }),
  ]);
  return {
    loginAttempts: loginAttempts.count,
    rateBuckets: rateBuckets.count,
    rateLimiter: rateLimiter.count,
    revokedSessions: revokedSessions.count,
    messages: messages.count,
  };
}

registerJob(
  "housekeeping-purge",
  async () => {
    const db = await getDb();
    const r = { ...(await purgeExpiredRows(db)), auditEvents: await purgeOldAuditEvents(db) };
    log().info({ result: r }, "jobs: housekeeping purge");
  },
  { cron: "7 * * * *", retryLimit: 3 },
);
