// Alert emails (decision 160) on real PostgreSQL and a real SMTP server: a cross-border alert,
// a request or a match in an inbox is emailed to the audience's staff who turned alert emails
// on, only where their own inbox scope shows the item, once, in their language, with no case
// details; turning it off before delivery stops it; admins see staff messages in the delivery
// log by the recipient's country.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileCase } from "@/features/cases/test-fixtures";
import { listDeliveries } from "@/features/notifications/delivery-log-data";
import { setAlertSetting } from "@/features/users/account-data";
import { setJobEngine } from "@/server/jobs";
import { JobEngine } from "@/server/jobs/engine";
import { jobDefinition } from "@/server/jobs/registry";
import { resetMailConfig } from "@/server/mail/config";
import { closeMailTransport } from "@/server/mail/transport";
import type { Viewer } from "@/server/viewer";
import { startSmtpTestServer } from "@/testing/smtp-test-server";
import { closeAppTestDb, openAppTestDb, type TestDb } from "@/testing/test-db";
import { makeViewer } from "@/testing/viewers";
import { emailRecentInboxItems } from "./alert-email-data";
import { sendDailyDigests } from "./digest-data";
import { inboxItemRow, type NewInboxItem } from "./write";

let testDb: TestDb;
let smtp: Awaited<ReturnType<typeof startSmtpTestServer>>;
let engine: JobEngine;
let policeGt: Viewer, policeGtOff: Viewer, ngoGt: Viewer, policeGtLater: Viewer, policeBo: Viewer;
let adminGt: Viewer, adminBo: Viewer, superAdmin: Viewer;
let bz: { id: string; caseNumber: string };

const until = async (cond: () => boolean | Promise<boolean>, ms = 20_000) => {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 100));
  }
};
const mailsTo = (v: Viewer) => smtp.mails.filter((m) => m.to.includes(v.email));
const item = (i: NewInboxItem) => testDb.db.inboxItem.create({ data: inboxItemRow(i) });
const alertsOn = (v: Viewer, locale = "es") =>
  testDb.db.user.update({ where: { id: v.id }, data: { emailAlerts: true, locale } });
const messagesTo = (v: Viewer) =>
  testDb.db.outboundMessage.findMany({ where: { recipient: v.email, template: "staff.alert" } });

beforeAll(async () => {
  testDb = await openAppTestDb();
  smtp = await startSmtpTestServer();
  process.env.SMTP_URL = smtp.url;
  process.env.MAIL_FROM = "Reencuentro <no-reply@reencuentro.test>";
  process.env.PUBLIC_URL = "https://reencuentro.test";
  process.env.NEXTAUTH_SECRET ??= "test-secret-for-unsubscribe-links";
  resetMailConfig();
  await import("@/server/outbox/jobs");
  engine = new JobEngine({ prisma: testDb.db, url: testDb.url }, { maintenanceIntervalSeconds: 1 });
  setJobEngine(engine);
  await engine.startWorkers([jobDefinition("message-deliver")!]);
  const db = testDb.db;
  [policeGt, policeGtOff, ngoGt, policeGtLater, policeBo, adminGt, adminBo, superAdmin] = await Promise.all([
    makeViewer(db, "POLICE", "GT"),
    makeViewer(db, "POLICE", "GT"),
    makeViewer(db, "NGO", "GT"),
    makeViewer(db, "POLICE", "GT"),
    makeViewer(db, "POLICE", "BO"),
    makeViewer(db, "ADMIN", "GT"),
    makeViewer(db, "ADMIN", "BO"),
    makeViewer(db, "ADMIN", "BO", { isSuperAdmin: true }),
  ]);
  // Everyone but policeGtOff asked for alert emails; policeGt reads Spanish, policeGtLater English.
  for (const v of [policeGt, ngoGt, policeBo]) await alertsOn(v);
  await alertsOn(policeGtLater, "en");
  bz = await fileCase(db, "BZ", { givenNames: "Yasmin", familyNames: "Coc Cal", status: "REPORTED" });
});

afterAll(async () => {
  await engine?.stop(2000);
  setJobEngine(undefined);
  closeMailTransport();
  await smtp?.close();
  await closeAppTestDb(testDb);
});

describe("alert emails", () => {
  it("a cross-border alert reaches the police of that country who asked, once, with no case details", async () => {
    await item({
      kind: "ALERT",
      caseId: bz.id,
      to: { countryCode: "GT", roles: ["POLICE"] },
      fromCountryCode: "BZ",
      reasons: ["MINOR", "BORDER"],
      dedupeKey: `alert:${bz.id}:GT`,
    });
    expect(await emailRecentInboxItems(testDb.db)).toBe(2); // policeGt and policeGtLater
    // The sweep runs every minute: later passes write nothing.
    expect(await emailRecentInboxItems(testDb.db)).toBe(0);

    await until(() => mailsTo(policeGt).length === 1 && mailsTo(policeGtLater).length === 1);
    const [es] = mailsTo(policeGt);
    expect(es!.subject).toBe("Reencuentro: alerta transfronteriza en su bandeja");
    expect(es!.text).toContain("de Belice");
    expect(es!.text).toContain("https://reencuentro.test/es/inbox");
    expect(es!.text).toContain("https://reencuentro.test/es/account");
    expect(es!.headers["content-language"]).toBe("es");
    const [en] = mailsTo(policeGtLater);
    expect(en!.subject).toBe("Reencuentro: a cross-border alert in your inbox");
    expect(en!.text).toContain("from Belize");
    for (const m of [es!, en!]) {
      for (const detail of [bz.caseNumber, "Yasmin", "Coc", "MINOR"]) expect(m.text).not.toContain(detail);
    }
    // Not to the one who did not ask, an NGO (alerts are for police), or another country's police.
    for (const v of [policeGtOff, ngoGt, policeBo]) expect(await messagesTo(v)).toHaveLength(0);
  });

  it("an item the recipient's scope does not show is never emailed (own-country consent)", async () => {
    const own = await fileCase(testDb.db, "BZ", { status: "REPORTED" });
    await testDb.db.case.update({ where: { id: own.id }, data: { crossBorderConsent: "OWN_COUNTRY" } });
    await item({
      kind: "ALERT",
      caseId: own.id,
      to: { countryCode: "GT", roles: ["POLICE"] },
      fromCountryCode: "BZ",
      dedupeKey: `alert:${own.id}:GT`,
    });
    expect(await emailRecentInboxItems(testDb.db)).toBe(0);
  });

  it("a request to one officer; turned off before it goes out, it is not sent", async () => {
    await item({ kind: "REQUEST", caseId: bz.id, to: { userId: policeBo.id }, fromCountryCode: "GT" });
    await item({ kind: "TIP", caseId: bz.id, to: { userId: policeGt.id } }); // tips are not emailed
    const before = mailsTo(policeGt).length;
    await engine.stop(2000); // hold delivery while the setting changes
    engine = new JobEngine({ prisma: testDb.db, url: testDb.url }, { maintenanceIntervalSeconds: 1 });
    setJobEngine(engine);
    await alertsOn(policeBo);
    expect(await emailRecentInboxItems(testDb.db)).toBe(1);
    await setAlertSetting(policeBo, { emailAlerts: false });
    await engine.startWorkers([jobDefinition("message-deliver")!]);
    await until(async () => (await messagesTo(policeBo))[0]?.status === "SUPPRESSED");
    expect(mailsTo(policeBo)).toHaveLength(0);
    expect(mailsTo(policeGt)).toHaveLength(before);
  });

  it("staff messages (alerts and digests) are in the delivery log of the recipient's country's admins", async () => {
    const gtCase = await fileCase(testDb.db, "GT", { status: "REPORTED" });
    await item({ kind: "NEW_CLAIM", caseId: gtCase.id, to: { countryCode: "GT", roles: ["POLICE"] } });
    expect((await sendDailyDigests(testDb.db)).sent).toBeGreaterThan(0);
    await until(async () => (await testDb.db.outboundMessage.count({ where: { status: "PENDING" } })) === 0);
    const gt = await listDeliveries(adminGt);
    const gtTemplates = gt.map((r) => r.template);
    expect(gtTemplates).toContain("staff.alert");
    expect(gtTemplates).toContain("staff.digest");
    expect(gt.every((r) => r.caseNumber === null || r.countryCode === "GT")).toBe(true);
    // Admins do not read contact details: the address is masked.
    expect(gt.find((r) => r.template === "staff.alert")!.recipient).toMatch(/^.•••@/);
    // Bolivia's admin sees Bolivia's staff message (the suppressed request), not Guatemala's.
    const bo = await listDeliveries(adminBo);
    expect(bo.filter((r) => r.template === "staff.alert")).toHaveLength(1);
    expect(bo.find((r) => r.template === "staff.alert")!.status).toBe("SUPPRESSED");
    const all = await listDeliveries(superAdmin);
    expect(all.filter((r) => r.template === "staff.alert")).toHaveLength(3);
    // Nobody else has a delivery log.
    expect(await listDeliveries(policeGt)).toEqual([]);
  });
});
