// Quiet open cases remind their team once per 30 quiet days; busy, closed and practice cases never.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestDb } from "@/testing/test-db";
import { remindStaleCases } from "./stale-reminders";
import { fileCase, makePracticeSession } from "./test-fixtures";
import { makeViewer } from "@/testing/viewers";
import { openAppTestDb, closeAppTestDb } from "@/testing/test-db";

let testDb: TestDb;
// Events are append-only (their times cannot be moved), so the clock moves instead: the job
// runs "now" = 31 days after the cases' events were written.
const DAY = 86_400_000;
const now = new Date(Date.now() + 31 * DAY);

async function caseWith(
  status: "ACTIVE" | "VERIFIED" | "CLOSED",
  opts: { recentEvent?: boolean | string; practiceSessionId?: string } = {},
) {
  const c = await fileCase(testDb.db, "BZ", {}, { practiceSessionId: opts.practiceSessionId });
  await testDb.db.case.update({
    where: { id: c.id },
    data: { status, createdAt: new Date(Date.now() - 60 * DAY) },
  });
  if (opts.recentEvent) {
    await testDb.db.caseEvent.create({
      data: {
        caseId: c.id,
        actorKind: opts.recentEvent === "CHECK_IN_SENT" ? "SYSTEM" : "STAFF",
        type: typeof opts.recentEvent === "string" ? opts.recentEvent : "NOTE_ADDED",
        body: "x",
        createdAt: new Date(now.getTime() - 5 * DAY),
      },
    });
  }
  return c;
}
const itemsFor = (caseId: string) => testDb.db.inboxItem.findMany({ where: { caseId, kind: "STALE_CASE" } });

beforeAll(async () => {
  testDb = await openAppTestDb();
});
afterAll(() => closeAppTestDb(testDb));

describe("stale-case reminders", () => {
  it("a check-in sent to the family is not activity; the family's answer is", async () => {
    const asked = await caseWith("ACTIVE", { recentEvent: "CHECK_IN_SENT" });
    const answered = await caseWith("ACTIVE", { recentEvent: "CHECK_IN_ANSWERED" });
    await remindStaleCases(testDb.db, now);
    expect(await itemsFor(asked.id)).toHaveLength(1);
    expect(await itemsFor(answered.id)).toHaveLength(0);
  });

  it("reminds the assigned officer of a quiet active case, once per quiet period", async () => {
    const officer = await makeViewer(testDb.db, "POLICE", "BZ");
    const quiet = await caseWith("ACTIVE");
    await testDb.db.case.update({ where: { id: quiet.id }, data: { assignedUserId: officer.id } });
    const busy = await caseWith("ACTIVE", { recentEvent: true });
    const closed = await caseWith("CLOSED");
    const trainer = await makeViewer(testDb.db, "TRAINER", "BZ");
    const session = await makePracticeSession(testDb.db, "BZ", trainer.id);
    const practice = await caseWith("VERIFIED", { practiceSessionId: session.id });

    await remindStaleCases(testDb.db, now);
    const items = await itemsFor(quiet.id);
    expect(items).toHaveLength(1);
    // Quiet days counted from the last event, in whole periods of 30.
    expect(items[0]!.recipientUserId).toBe(officer.id);
    expect(items[0]!.reasons[0]).toMatch(/^DAYS:[1-9]\d*0$/);
    for (const c of [busy, closed, practice]) expect(await itemsFor(c.id)).toHaveLength(0);

    // The same day again: nothing new. Thirty more quiet days: a second reminder.
    await remindStaleCases(testDb.db, now);
    expect(await itemsFor(quiet.id)).toHaveLength(1);
    await remindStaleCases(testDb.db, new Date(now.getTime() + 30 * DAY));
    const days = (await itemsFor(quiet.id)).map((i) => Number(i.reasons[0]!.slice(5))).sort((a, b) => a - b);
    expect(days).toHaveLength(2);
    expect(days[1]! - days[0]!).toBe(30);
  });

  it("an unassigned quiet case reminds its country team", async () => {
    const quiet = await caseWith("VERIFIED");
    await remindStaleCases(testDb.db, now);
    const [item] = await itemsFor(quiet.id);
    expect(item).toMatchObject({ recipientUserId: null, audienceCountryCode: "BZ" });
  });
});
