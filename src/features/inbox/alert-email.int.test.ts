// Alert emails (decisions 160, 167) on real PostgreSQL and a real SMTP server: a cross-border
// alert, a request or a match in an inbox is emailed to the audience's staff who turned alert
// emails on, only where their own inbox scope shows the item, once, in their language, with no
// case details. The email's job is queued in the transaction that writes the item: rolled back,
// nothing goes out; committed, exactly one email per recipient, also when the job runs again.
// Turning alerts off before delivery stops it; admins see staff messages in the delivery log by
// the recipient's country.
import { beforeAll, describe, expect, it } from "vitest";
import { fileCase } from "@/features/cases/test-fixtures";
import { goodClaim } from "@/features/intake/claim-fixtures";
import { fileClaim } from "@/features/intake/data";
import { listDeliveries } from "@/features/notifications/delivery-log-data";
import { setAlertSetting } from "@/features/users/account-data";
import "@/server/outbox/jobs";
import { queueJob } from "@/server/jobs";
import type { Viewer } from "@/server/viewer";
import { until, withNotifyEnv } from "@/testing/notify-env";
import { makeViewer } from "@/testing/viewers";
import { emailInboxItem, emailRecentInboxItems } from "./alert-email-data";
import { sendDailyDigests } from "./digest-data";
import "./jobs";
import { addInboxItem, inboxItemRow, type NewInboxItem } from "./write";

const env = withNotifyEnv({ smtp: true, jobs: ["message-deliver", "staff-alert-email"] });
let policeGt: Viewer, policeGtOff: Viewer, ngoGt: Viewer, policeGtLater: Viewer, policeBo: Viewer;
let policePe: Viewer;
let adminGt: Viewer, adminBo: Viewer, superAdmin: Viewer;
let bz: { id: string; caseNumber: string };

const mailsTo = (v: Viewer) => env.smtp.mails.filter((m) => m.to.includes(v.email));
/** Written by hand, as no writer does: no job, only the sweep sees it. */
const item = (i: NewInboxItem) => env.db.inboxItem.create({ data: inboxItemRow(i) });
const alertsOn = (v: Viewer, locale = "es") =>
  env.db.user.update({ where: { id: v.id }, data: { emailAlerts: true, locale } });
const messagesTo = (v: Viewer) =>
  env.db.outboundMessage.findMany({ where: { recipient: v.email, template: "staff.alert" } });
const pendingAlertJobs = async () =>
  (
    await env.db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'staff-alert-email' AND state < 'completed'`
  )[0]!.n;
const alertJobs = async (itemId: string) =>
  (
    await env.db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'staff-alert-email' AND data->>'itemId' = ${itemId}`
  )[0]!.n;

beforeAll(async () => {
  const db = env.db;
  [policeGt, policeGtOff, ngoGt, policeGtLater, policeBo, policePe, adminGt, adminBo, superAdmin] =
    await Promise.all([
      makeViewer(db, "POLICE", "GT"),
      makeViewer(db, "POLICE", "GT"),
      makeViewer(db, "NGO", "GT"),
      makeViewer(db, "POLICE", "GT"),
      makeViewer(db, "POLICE", "BO"),
      makeViewer(db, "POLICE", "PE"),
      makeViewer(db, "ADMIN", "GT"),
      makeViewer(db, "ADMIN", "BO"),
      makeViewer(db, "ADMIN", "BO", { isSuperAdmin: true }),
    ]);
  // Everyone but policeGtOff asked for alert emails; policeGt reads Spanish, policeGtLater English.
  for (const v of [policeGt, ngoGt, policeBo, policePe]) await alertsOn(v);
  await alertsOn(policeGtLater, "en");
  bz = await fileCase(db, "BZ", { givenNames: "Yasmin", familyNames: "Coc Cal", status: "REPORTED" });
});

describe("alert emails", () => {
  const bzAlert = (dedupeKey: string): NewInboxItem => ({
    kind: "ALERT",
    caseId: bz.id,
    to: { countryCode: "GT", roles: ["POLICE"] },
    fromCountryCode: "BZ",
    reasons: ["MINOR", "BORDER"],
    dedupeKey,
  });

  it("the alert's cause rolled back sends nothing: no item, no job, no email", async () => {
    let itemId = "";
    await expect(
      env.db.$transaction(async (tx) => {
        await addInboxItem(tx, bzAlert(`alert:${bz.id}:GT:rolled-back`));
        itemId = (await tx.inboxItem.findFirstOrThrow({ where: { dedupeKey: { endsWith: "rolled-back" } } }))
          .id;
        throw new Error("the cause failed after the alert was written");
      }),
    ).rejects.toThrow("the cause failed");
    expect(itemId).not.toBe("");
    expect(await alertJobs(itemId)).toBe(0);
    // A worker is running: give it time to send anything it wrongly had.
    await new Promise((r) => setTimeout(r, 2500));
    expect(await env.db.outboundMessage.count({ where: { eventKey: `inbox:${itemId}` } })).toBe(0);
    expect(env.smtp.mails).toHaveLength(0);
  });

  it("committed, a cross-border alert reaches the police of that country who asked, exactly once, with no case details", async () => {
    const fresh = await env.db.$transaction((tx) => addInboxItem(tx, bzAlert(`alert:${bz.id}:GT`)));
    expect(fresh).toBe(true);
    const { id } = await env.db.inboxItem.findUniqueOrThrow({ where: { dedupeKey: `alert:${bz.id}:GT` } });
    expect(await alertJobs(id)).toBe(1);
    // The same key written again (a retried writer) queues no second job.
    expect(await env.db.$transaction((tx) => addInboxItem(tx, bzAlert(`alert:${bz.id}:GT`)))).toBe(false);
    expect(await alertJobs(id)).toBe(1);

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

    // The job run again (pg-boss retrying after a crash) and the sweep both write nothing more.
    await queueJob("staff-alert-email", { itemId: id });
    expect(await emailRecentInboxItems(env.db)).toBe(0);
    await until(async () => (await alertJobs(id)) === 2 && (await pendingAlertJobs()) === 0);
    await new Promise((r) => setTimeout(r, 1500));
    expect(mailsTo(policeGt)).toHaveLength(1);
    expect(mailsTo(policeGtLater)).toHaveLength(1);
    expect(await env.db.outboundMessage.count({ where: { eventKey: `inbox:${id}` } })).toBe(2);
  });

  it("a claim's alerts are queued by the intake's one statement and emailed without the sweep", async () => {
    const filed = await fileClaim(goodClaim()); // a Bolivian minor: alerts to Chile and Peru
    const c = await env.db.case.findUniqueOrThrow({ where: { caseNumber: filed.caseNumber } });
    const pe = await env.db.inboxItem.findFirstOrThrow({
      where: { caseId: c.id, kind: "ALERT", audienceCountryCode: "PE" },
    });
    expect(await alertJobs(pe.id)).toBe(1);
    await until(() => mailsTo(policePe).length === 1);
    expect(mailsTo(policePe)[0]!.text).not.toContain(filed.caseNumber);
  });

  it("the sweep, the safety net, emails an item whose job was never written", async () => {
    const own = await fileCase(env.db, "BZ", { status: "REPORTED" });
    const handWritten = await item({ ...bzAlert(`alert:${own.id}:GT`), caseId: own.id });
    expect(await alertJobs(handWritten.id)).toBe(0);
    const before = mailsTo(policeGt).length;
    expect(await emailRecentInboxItems(env.db)).toBe(2); // policeGt and policeGtLater
    expect(await emailRecentInboxItems(env.db)).toBe(0);
    await until(() => mailsTo(policeGt).length === before + 1);
  });

  it("an item the recipient's scope does not show is never emailed (own-country consent)", async () => {
    const own = await fileCase(env.db, "BZ", { status: "REPORTED" });
    await env.db.case.update({ where: { id: own.id }, data: { crossBorderConsent: "OWN_COUNTRY" } });
    const i = await item({ ...bzAlert(`alert:${own.id}:GT`), caseId: own.id });
    expect(await env.db.$transaction((tx) => emailInboxItem(tx, i.id))).toBe(0);
  });

  it("a request to one officer; turned off before it goes out, it is not sent", async () => {
    await env.restartEngine(false); // hold delivery while the setting changes
    await alertsOn(policeBo);
    const req = await item({
      kind: "REQUEST",
      caseId: bz.id,
      to: { userId: policeBo.id },
      fromCountryCode: "GT",
    });
    const tip = await item({ kind: "TIP", caseId: bz.id, to: { userId: policeGt.id } }); // tips are not emailed
    expect(await env.db.$transaction((tx) => emailInboxItem(tx, req.id))).toBe(1);
    expect(await env.db.$transaction((tx) => emailInboxItem(tx, tip.id))).toBe(0);
    await setAlertSetting(policeBo, { emailAlerts: false });
    await env.restartEngine();
    await until(async () => (await messagesTo(policeBo))[0]?.status === "SUPPRESSED");
    expect(mailsTo(policeBo)).toHaveLength(0);
  });

  it("staff messages (alerts and digests) are in the delivery log of the recipient's country's admins", async () => {
    const gtCase = await fileCase(env.db, "GT", { status: "REPORTED" });
    await item({ kind: "NEW_CLAIM", caseId: gtCase.id, to: { countryCode: "GT", roles: ["POLICE"] } });
    expect((await sendDailyDigests(env.db)).sent).toBeGreaterThan(0);
    await until(async () => (await env.db.outboundMessage.count({ where: { status: "PENDING" } })) === 0);
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
    // Guatemala 2 + 2 (job, sweep), Peru 1 (intake), Bolivia 1 (the request).
    expect(all.filter((r) => r.template === "staff.alert")).toHaveLength(6);
    // Nobody else has a delivery log.
    expect(await listDeliveries(policeGt)).toEqual([]);
  });
});
