// The daily check-in run against the real database: which cases are asked at 14, 60 and 180
// days, that a rerun (or two runs at once) sends nothing twice, what the outbox holds, and that
// the email and SMS that arrive carry the signed link and nothing about the case.
import { describe, expect, it } from "vitest";
import { makePracticeSession } from "@/features/cases/test-fixtures";
import { makeViewer } from "@/testing/viewers";
import "@/server/outbox/jobs";
import { verifyCheckIn } from "@/server/outbox/check-in-token";
import { until, withNotifyEnv } from "@/testing/notify-env";
import { sendDueCheckIns } from "./schedule";
import { familyCase } from "./test-helpers";

// Queues exist (messages can be queued) but nothing delivers until a test starts a worker.
const env = withNotifyEnv({ smtp: true, sms: true, jobs: ["message-deliver"], work: false });
const DAY = 86_400_000;

const numbersOf = async (caseId: string) =>
  (await env.db.checkIn.findMany({ where: { caseId }, orderBy: { number: "asc" } })).map((k) => k.number);
const counts = async (caseId: string) => ({
  checkIns: await env.db.checkIn.count({ where: { caseId } }),
  messages: await env.db.outboundMessage.count({ where: { caseId } }),
  events: await env.db.caseEvent.count({ where: { caseId, type: "CHECK_IN_SENT" } }),
});

describe("which cases are asked", () => {
  it("asks at 14, 60 and 180 days, only the latest due one, and never before day 14", async () => {
    const now = new Date();
    const d13 = await familyCase(env.db, 13.9, { now });
    const d14 = await familyCase(env.db, 14, { now });
    const d59 = await familyCase(env.db, 59.5, { now });
    const d60 = await familyCase(env.db, 60.2, { now });
    const d200 = await familyCase(env.db, 200, { now });
    await sendDueCheckIns(env.db, now);
    expect(await numbersOf(d13.id)).toEqual([]);
    expect(await numbersOf(d14.id)).toEqual([1]);
    expect(await numbersOf(d59.id)).toEqual([1]);
    expect(await numbersOf(d60.id)).toEqual([2]); // not 1 and 2 at once
    expect(await numbersOf(d200.id)).toEqual([3]);

    // 46 days later the 14-day case reaches day 60; 120 days after that, day 180.
    const later = new Date(now.getTime() + 46 * DAY);
    await sendDueCheckIns(env.db, later);
    expect(await numbersOf(d14.id)).toEqual([1, 2]);
    expect(await numbersOf(d13.id)).toEqual([1]); // day 59.9: its first one
    await sendDueCheckIns(env.db, new Date(later.getTime() + 120 * DAY));
    expect(await numbersOf(d14.id)).toEqual([1, 2, 3]);
  });

  it("skips closed, located, practice, merged and unreachable cases, and a family who said 'came home'", async () => {
    const now = new Date();
    const trainer = await makeViewer(env.db, "TRAINER", "BZ");
    const session = await makePracticeSession(env.db, "BZ", trainer.id);
    const primary = await familyCase(env.db, 20, { now, email: false });
    const skipped = [
      await familyCase(env.db, 20, { now, status: "CLOSED" }),
      await familyCase(env.db, 20, { now, status: "LOCATED_ALIVE" }),
      await familyCase(env.db, 20, { now, practiceSessionId: session.id }),
      await familyCase(env.db, 20, { now, email: false, sms: false }),
      primary,
    ];
    const merged = await familyCase(env.db, 20, { now });
    await env.db.case.update({ where: { id: merged.id }, data: { duplicateOfId: primary.id } });
    const home = await familyCase(env.db, 20, { now });
    await env.db.checkIn.create({
      data: { caseId: home.id, number: 1, expiresAt: now, answer: "CAME_HOME", answeredAt: now },
    });
    await sendDueCheckIns(env.db, new Date(now.getTime() + 50 * DAY));
    for (const c of [...skipped, merged]) expect(await numbersOf(c.id)).toEqual([]);
    expect(await numbersOf(home.id)).toEqual([1]);
  });
});

describe("idempotence", () => {
  it("a rerun, and two runs at once, write one check-in, one event and one message per channel", async () => {
    const now = new Date();
    const c = await familyCase(env.db, 15, { now, email: true, sms: true });
    await Promise.all([sendDueCheckIns(env.db, now), sendDueCheckIns(env.db, now)]);
    await sendDueCheckIns(env.db, now);
    await sendDueCheckIns(env.db, new Date(now.getTime() + DAY));
    expect(await counts(c.id)).toEqual({ checkIns: 1, messages: 2, events: 1 });
    const msgs = await env.db.outboundMessage.findMany({
      where: { caseId: c.id },
      orderBy: { channel: "asc" },
    });
    const checkIn = await env.db.checkIn.findFirstOrThrow({ where: { caseId: c.id } });
    expect(msgs.map((m) => [m.channel, m.recipient, m.eventKey, m.template])).toEqual([
      ["EMAIL", c.email, `check-in:${c.id}:1`, "family.checkIn"],
      ["SMS", c.phone, `check-in:${c.id}:1`, "family.checkIn"],
    ]);
    // The row holds the case number and the check-in's id: no name, no text.
    for (const m of msgs) expect(m.params).toEqual({ caseNumber: c.caseNumber, checkInId: checkIn.id });
  });
});

describe("delivery", () => {
  it("the email and the SMS arrive in the reporter's language with their own signed link and no case details", async () => {
    await env.restartEngine();
    const now = new Date();
    const c = await familyCase(env.db, 61, { now, email: true, sms: true, locale: "es" });
    await sendDueCheckIns(env.db, now);
    await until(() => env.smtp.mails.some((m) => m.to.includes(c.email)));
    await until(() => env.sms.texts.some((t) => t.get("To") === c.phone));
    const mail = env.smtp.mails.find((m) => m.to.includes(c.email))!;
    expect(mail.subject).toBe(`Su reporte ${c.caseNumber}: ¿la persona sigue desaparecida?`);
    expect(mail.headers["content-language"]).toBe("es");
    const mailLink = /https:\/\/reencuentro\.test\/es\/check-in\/(k1\.\S+)/.exec(mail.text)?.[1];
    const sms = env.sms.texts.find((t) => t.get("To") === c.phone)!.get("Body")!;
    const smsLink = /https:\/\/reencuentro\.test\/es\/check-in\/(k1\.\S+)/.exec(sms)?.[1];
    const checkIn = await env.db.checkIn.findFirstOrThrow({ where: { caseId: c.id } });
    expect(checkIn.number).toBe(2);
    expect(verifyCheckIn(mailLink!)).toEqual({ checkInId: checkIn.id, channel: "EMAIL" });
    expect(verifyCheckIn(smsLink!)).toEqual({ checkInId: checkIn.id, channel: "SMS" });
    expect(sms).toContain("STOP: https://reencuentro.test/es/unsubscribe/u1.");
    const row = await env.db.case.findUniqueOrThrow({ where: { id: c.id } });
    for (const detail of ["Marisol", "Quispe", row.lastSeenCity, c.trackingCode, row.reporterName]) {
      expect(mail.raw).not.toContain(detail);
      expect(sms).not.toContain(detail);
    }
  });

  it("a check-in not yet sent when the case closes is not sent", async () => {
    const now = new Date();
    await env.restartEngine(false);
    const c = await familyCase(env.db, 30, { now });
    await sendDueCheckIns(env.db, now);
    await env.db.case.update({ where: { id: c.id }, data: { status: "LOCATED_ALIVE" } });
    await env.restartEngine();
    await until(
      async () =>
        (await env.db.outboundMessage.count({ where: { caseId: c.id, status: "SUPPRESSED" } })) === 1,
    );
    expect(env.smtp.mails.some((m) => m.to.includes(c.email))).toBe(false);
  });
});
