// The daily check-in run against the real database: which cases are asked at 14, 60 and 180
// days, that a rerun (or two runs at once) sends nothing twice, what the outbox holds, and that
// the email and SMS that arrive carry the signed link and nothing about the case.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makePracticeSession } from "@/features/cases/test-fixtures";
import { makeViewer } from "@/testing/viewers";
import { setJobEngine } from "@/server/jobs";
import { JobEngine } from "@/server/jobs/engine";
import { jobDefinition } from "@/server/jobs/registry";
import { resetMailConfig } from "@/server/mail/config";
import { closeMailTransport } from "@/server/mail/transport";
import { verifyCheckIn } from "@/server/outbox/check-in-token";
import { startSmtpTestServer } from "@/testing/smtp-test-server";
import { type TestDb, openAppTestDb, closeAppTestDb } from "@/testing/test-db";
import { sendDueCheckIns } from "./schedule";
import { familyCase } from "./test-helpers";

let testDb: TestDb;
let smtp: Awaited<ReturnType<typeof startSmtpTestServer>>;
let engine: JobEngine;
let vendor: Server;
const texts: URLSearchParams[] = [];
const DAY = 86_400_000;

const until = async (cond: () => boolean | Promise<boolean>, ms = 20_000) => {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 100));
  }
};
const numbersOf = async (caseId: string) =>
  (await testDb.db.checkIn.findMany({ where: { caseId }, orderBy: { number: "asc" } })).map((k) => k.number);
const counts = async (caseId: string) => ({
  checkIns: await testDb.db.checkIn.count({ where: { caseId } }),
  messages: await testDb.db.outboundMessage.count({ where: { caseId } }),
  events: await testDb.db.caseEvent.count({ where: { caseId, type: "CHECK_IN_SENT" } }),
});

beforeAll(async () => {
  vendor = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      texts.push(new URLSearchParams(body));
      res.writeHead(201, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ sid: `SM${texts.length}` }));
    });
  });
  await new Promise<void>((r) => vendor.listen(0, "127.0.0.1", r));
  process.env.SMS_API_BASE_URL = `http://127.0.0.1:${(vendor.address() as AddressInfo).port}`;
  process.env.SMS_ACCOUNT_SID = "AC123";
  process.env.SMS_AUTH_TOKEN = "token";
  process.env.SMS_FROM = "+15005550006";
  smtp = await startSmtpTestServer();
  process.env.SMTP_URL = smtp.url;
  process.env.MAIL_FROM = "Reencuentro <no-reply@reencuentro.test>";
  process.env.PUBLIC_URL = "https://reencuentro.test";
  process.env.NEXTAUTH_SECRET ??= "test-secret-for-unsubscribe-links";
  resetMailConfig();
  testDb = await openAppTestDb();
  await import("@/server/outbox/jobs");
  engine = new JobEngine({ prisma: testDb.db, url: testDb.url }, { maintenanceIntervalSeconds: 1 });
  setJobEngine(engine);
  // Queues exist (messages can be queued) but nothing delivers until a test starts a worker.
  await engine.ensureQueues([jobDefinition("message-deliver")!]);
});

afterAll(async () => {
  await engine?.stop(2000);
  setJobEngine(undefined);
  closeMailTransport();
  await smtp?.close();
  await closeAppTestDb(testDb);
  await new Promise<void>((r) => vendor?.close(() => r()));
});

describe("which cases are asked", () => {
  it("asks at 14, 60 and 180 days, only the latest due one, and never before day 14", async () => {
    const now = new Date();
    const d13 = await familyCase(testDb.db, 13.9, { now });
    const d14 = await familyCase(testDb.db, 14, { now });
    const d59 = await familyCase(testDb.db, 59.5, { now });
    const d60 = await familyCase(testDb.db, 60.2, { now });
    const d200 = await familyCase(testDb.db, 200, { now });
    await sendDueCheckIns(testDb.db, now);
    expect(await numbersOf(d13.id)).toEqual([]);
    expect(await numbersOf(d14.id)).toEqual([1]);
    expect(await numbersOf(d59.id)).toEqual([1]);
    expect(await numbersOf(d60.id)).toEqual([2]); // not 1 and 2 at once
    expect(await numbersOf(d200.id)).toEqual([3]);

    // 46 days later the 14-day case reaches day 60; 120 days after that, day 180.
    const later = new Date(now.getTime() + 46 * DAY);
    await sendDueCheckIns(testDb.db, later);
    expect(await numbersOf(d14.id)).toEqual([1, 2]);
    expect(await numbersOf(d13.id)).toEqual([1]); // day 59.9: its first one
    await sendDueCheckIns(testDb.db, new Date(later.getTime() + 120 * DAY));
    expect(await numbersOf(d14.id)).toEqual([1, 2, 3]);
  });

  it("skips closed, located, practice, merged and unreachable cases, and a family who said 'came home'", async () => {
    const now = new Date();
    const trainer = await makeViewer(testDb.db, "TRAINER", "BZ");
    const session = await makePracticeSession(testDb.db, "BZ", trainer.id);
    const primary = await familyCase(testDb.db, 20, { now, email: false });
    const skipped = [
      await familyCase(testDb.db, 20, { now, status: "CLOSED" }),
      await familyCase(testDb.db, 20, { now, status: "LOCATED_ALIVE" }),
      await familyCase(testDb.db, 20, { now, practiceSessionId: session.id }),
      await familyCase(testDb.db, 20, { now, email: false, sms: false }),
      primary,
    ];
    const merged = await familyCase(testDb.db, 20, { now });
    await testDb.db.case.update({ where: { id: merged.id }, data: { duplicateOfId: primary.id } });
    const home = await familyCase(testDb.db, 20, { now });
    await testDb.db.checkIn.create({
      data: { caseId: home.id, number: 1, expiresAt: now, answer: "CAME_HOME", answeredAt: now },
    });
    await sendDueCheckIns(testDb.db, new Date(now.getTime() + 50 * DAY));
    for (const c of [...skipped, merged]) expect(await numbersOf(c.id)).toEqual([]);
    expect(await numbersOf(home.id)).toEqual([1]);
  });
});

describe("idempotence", () => {
  it("a rerun, and two runs at once, write one check-in, one event and one message per channel", async () => {
    const now = new Date();
    const c = await familyCase(testDb.db, 15, { now, email: true, sms: true });
    await Promise.all([sendDueCheckIns(testDb.db, now), sendDueCheckIns(testDb.db, now)]);
    await sendDueCheckIns(testDb.db, now);
    await sendDueCheckIns(testDb.db, new Date(now.getTime() + DAY));
    expect(await counts(c.id)).toEqual({ checkIns: 1, messages: 2, events: 1 });
    const msgs = await testDb.db.outboundMessage.findMany({
      where: { caseId: c.id },
      orderBy: { channel: "asc" },
    });
    const checkIn = await testDb.db.checkIn.findFirstOrThrow({ where: { caseId: c.id } });
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
    await engine.startWorkers([jobDefinition("message-deliver")!]);
    const now = new Date();
    const c = await familyCase(testDb.db, 61, { now, email: true, sms: true, locale: "es" });
    await sendDueCheckIns(testDb.db, now);
    await until(() => smtp.mails.some((m) => m.to.includes(c.email)));
    await until(() => texts.some((t) => t.get("To") === c.phone));
    const mail = smtp.mails.find((m) => m.to.includes(c.email))!;
    expect(mail.subject).toBe(`Su reporte ${c.caseNumber}: ¿la persona sigue desaparecida?`);
    expect(mail.headers["content-language"]).toBe("es");
    const mailLink = /https:\/\/reencuentro\.test\/es\/check-in\/(k1\.\S+)/.exec(mail.text)?.[1];
    const sms = texts.find((t) => t.get("To") === c.phone)!.get("Body")!;
    const smsLink = /https:\/\/reencuentro\.test\/es\/check-in\/(k1\.\S+)/.exec(sms)?.[1];
    const checkIn = await testDb.db.checkIn.findFirstOrThrow({ where: { caseId: c.id } });
    expect(checkIn.number).toBe(2);
    expect(verifyCheckIn(mailLink!)).toEqual({ checkInId: checkIn.id, channel: "EMAIL" });
    expect(verifyCheckIn(smsLink!)).toEqual({ checkInId: checkIn.id, channel: "SMS" });
    expect(sms).toContain("STOP: https://reencuentro.test/es/unsubscribe/u1.");
    const row = await testDb.db.case.findUniqueOrThrow({ where: { id: c.id } });
    for (const detail of ["Marisol", "Quispe", row.lastSeenCity, c.trackingCode, row.reporterName]) {
      expect(mail.raw).not.toContain(detail);
      expect(sms).not.toContain(detail);
    }
  });

  it("a check-in not yet sent when the case closes is not sent", async () => {
    const now = new Date();
    await engine.stop(2000);
    engine = new JobEngine({ prisma: testDb.db, url: testDb.url }, { maintenanceIntervalSeconds: 1 });
    setJobEngine(engine);
    await engine.ensureQueues([jobDefinition("message-deliver")!]);
    const c = await familyCase(testDb.db, 30, { now });
    await sendDueCheckIns(testDb.db, now);
    await testDb.db.case.update({ where: { id: c.id }, data: { status: "LOCATED_ALIVE" } });
    await engine.startWorkers([jobDefinition("message-deliver")!]);
    await until(
      async () =>
        (await testDb.db.outboundMessage.count({ where: { caseId: c.id, status: "SUPPRESSED" } })) === 1,
    );
    expect(smtp.mails.some((m) => m.to.includes(c.email))).toBe(false);
  });
});
