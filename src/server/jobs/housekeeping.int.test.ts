// Housekeeping removes exactly the rows past their use, and ended sandboxes (never real data).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expireEndedSandboxes } from "@/features/training/practice-expiry";
import { fileCase, makePracticeSession } from "@/features/cases/test-fixtures";
import type { TestDb } from "@/testing/test-db";
import { purgeExpiredRows, purgeOldAuditEvents } from "./housekeeping";
import { makeViewer } from "@/testing/viewers";
import { openAppTestDb, closeAppTestDb } from "@/testing/test-db";

let testDb: TestDb;
const now = new Date("2026-12-02T12:00:00Z");
const ago = (hours: number) => new Date(now.getTime() - hours * 3_600_000);

beforeAll(async () => {
  testDb = await openAppTestDb();
});
afterAll(() => closeAppTestDb(testDb));

describe("housekeeping purge", () => {
  it("deletes old login attempts, stale rate buckets and expired revocations; keeps the rest", async () => {
    const db = testDb.db;
    const attempt = (createdAt: Date, email: string) =>
      db.loginAttempt.create({ data: { email, ipHash: "h", success: false, createdAt } });
    await attempt(ago(9 * 24), "old@t.test");
    await attempt(ago(6 * 24), "week@t.test");
    await db.rateLimitBucket.createMany({
      data: [
        { key: "old", windowStart: ago(25), count: 3 },
        { key: "hour", windowStart: ago(1), count: 3 },
      ],
    });
    await db.rateLimiterFlexible.createMany({
      data: [
        { key: "gone", points: 1, expire: ago(1) },
        { key: "live", points: 1, expire: ago(-1) },
      ],
    });
    const sid = () => crypto.randomUUID();
    const user = crypto.randomUUID();
    await db.revokedSession.createMany({
      data: [
        { sid: sid(), userId: user, expiresAt: ago(1) },
        { sid: sid(), userId: user, expiresAt: ago(-24) },
      ],
    });

    const msg = (status: "SENT" | "SUPPRESSED" | "DEAD", updatedAt: Date) =>
      db.outboundMessage.create({
        data: {
          eventKey: `test:${crypto.randomUUID()}`,
          channel: "EMAIL",
          recipient: "x@example.org",
          template: "family.verified",
          locale: "es",
          params: {},
          status,
          updatedAt,
        },
      });
    await msg("SENT", ago(91 * 24));
    await msg("SUPPRESSED", ago(91 * 24));
    const keptDead = await msg("DEAD", ago(91 * 24));
    const keptRecent = await msg("SENT", ago(89 * 24));

    expect(await purgeExpiredRows(db, now)).toEqual({
      loginAttempts: 1,
      rateBuckets: 1,
      rateLimiter: 1,
      revokedSessions: 1,
      messages: 2,
    });
    expect((await db.outboundMessage.findMany({ select: { id: true } })).map((m) => m.id).sort()).toEqual(
      [keptDead.id, keptRecent.id].sort(),
    );
    expect((await db.loginAttempt.findMany({ select: { email: true } })).map((r) => r.email)).toEqual([
      "week@t.test",
    ]);
    expect((await db.rateLimitBucket.findMany()).map((r) => r.key)).toEqual(["hour"]);
    expect((await db.rateLimiterFlexible.findMany()).map((r) => r.key)).toEqual(["live"]);
    expect(await db.revokedSession.count()).toBe(1);
    // Running again finds nothing more.
    expect(Object.values(await purgeExpiredRows(db, now))).toEqual([0, 0, 0, 0, 0]);
  });
});

describe("practice sandbox expiry", () => {
  it("wipes sandboxes of sessions that ended, not of running ones, and never real cases", async () => {
    const db = testDb.db;
    const trainer = await makeViewer(db, "TRAINER", "BZ");
    const ended = await makePracticeSession(db, "BZ", trainer.id);
    const running = await makePracticeSession(db, "BZ", trainer.id);
    await db.trainingSession.update({
      where: { id: ended.id },
      data: { startDate: new Date("2026-11-20"), endDate: new Date("2026-11-29") },
    });
    await db.trainingSession.update({
      where: { id: running.id },
      data: { startDate: new Date("2026-11-30"), endDate: new Date("2026-12-01") },
    });
    for (const s of [ended, running]) {
      await makeViewer(db, "POLICE", "BZ", { practiceSessionId: s.id });
      await fileCase(db, "BZ", {}, { practiceSessionId: s.id });
    }
    const real = await fileCase(db, "BZ");

    expect(await expireEndedSandboxes(db, now)).toEqual({ sessions: 1, cases: 1, logins: 1 });
    // The job's wipe is in the trail too, by the system (no actor).
    const wipes = await db.auditEvent.findMany({ where: { action: "training.sandbox.wipe" } });
    expect(wipes.map((r) => [r.targetId, r.actorUserId])).toEqual([[ended.id, null]]);
    expect(await db.case.count({ where: { practiceSessionId: ended.id } })).toBe(0);
    expect(await db.user.count({ where: { practiceSessionId: ended.id } })).toBe(0);
    expect(await db.case.count({ where: { practiceSessionId: running.id } })).toBe(1);
    expect(await db.user.count({ where: { practiceSessionId: running.id } })).toBe(1);
    expect(await db.case.count({ where: { id: real.id } })).toBe(1);
    // The session itself (attendance, certificates) stays.
    expect(await db.trainingSession.count({ where: { id: ended.id } })).toBe(1);
    expect(await expireEndedSandboxes(db, now)).toEqual({ sessions: 0, cases: 0, logins: 0 });
  });
});

describe("audit trail retention", () => {
  it("purges only rows past five years, only through audit_event_purge; the trigger refuses the rest", async () => {
    const db = testDb.db;
    const yearsAgo = (y: number) => new Date(Date.now() - y * 365.25 * 86_400_000);
    const row = (createdAt: Date, targetId: string) =>
      db.auditEvent.create({ data: { action: "user.update", targetType: "User", targetId, createdAt } });
    const old = await row(yearsAgo(5.1), "audit-old");
    const young = await row(yearsAgo(4.9), "audit-young");

    // A plain DELETE of an old row is refused, and so is one that raises the flag by hand on a young row.
    await expect(db.auditEvent.delete({ where: { id: old.id } })).rejects.toThrow(/append-only/);
    await expect(
      db.$transaction([
        db.$executeRawUnsafe(`SELECT set_config('reencuentro.audit_purge', 'on', true)`),
        db.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE id = $1`, young.id),
      ]),
    ).rejects.toThrow(/append-only/);
    // A period under the floor is refused whole.
    await expect(db.$queryRawUnsafe(`SELECT "audit_event_purge"(interval '1 year')`)).rejects.toThrow(
      /shorter than the five-year/,
    );
    await expect(db.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);

    expect(await purgeOldAuditEvents(db)).toBe(1);
    expect(await db.auditEvent.count({ where: { id: old.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { id: young.id } })).toBe(1);
    // The flag does not outlive the purge's transaction.
    await expect(db.auditEvent.delete({ where: { id: young.id } })).rejects.toThrow(/append-only/);
    expect(await purgeOldAuditEvents(db)).toBe(0);
  });
});
