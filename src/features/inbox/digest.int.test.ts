// The daily staff digest on real PostgreSQL and a real SMTP server: one inbox item and one email
// per staff member per day, counting only what their own inbox scope shows (new claims and
// matches of the last day, open check-ins), in their language, counts only (no case details);
// nothing for those who turned it off, nothing twice on a re-run, nothing when there is nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { setDigestSetting } from "@/features/users/account-data";
import { fileCase } from "@/features/cases/test-fixtures";
import { deliverMessage } from "@/server/outbox/deliver";
import type { Viewer } from "@/server/viewer";
import "@/server/outbox/jobs";
import { until, withNotifyEnv } from "@/testing/notify-env";
import { makeViewer } from "@/testing/viewers";
import { digestCountsFor, sendDailyDigests } from "./digest-data";
import { listInbox } from "./read-data";
import { InboxFilter } from "./schemas";
import { inboxItemRow, type NewInboxItem } from "./write";

const env = withNotifyEnv({ smtp: true, jobs: ["message-deliver"] });
let policeBz: Viewer;
let ngoBz: Viewer;
let offBz: Viewer;
let policeBo: Viewer;
let bzCaseNumber: string;
const NOW = new Date("2026-12-03T12:00:00Z");
const HOUR = 60 * 60 * 1000;

const mailsTo = (v: Viewer) => env.smtp.mails.filter((m) => m.to.includes(v.email));
const item = (i: NewInboxItem, hoursAgo: number) =>
  env.db.inboxItem.create({
    data: { ...inboxItemRow(i), createdAt: new Date(NOW.getTime() - hoursAgo * HOUR) },
  });

beforeAll(async () => {
  const db = env.db;
  [policeBz, ngoBz, offBz, policeBo] = await Promise.all([
    makeViewer(db, "POLICE", "BZ"),
    makeViewer(db, "NGO", "BZ"),
    makeViewer(db, "POLICE", "BZ"),
    makeViewer(db, "POLICE", "BO"),
  ]);
  await db.user.update({ where: { id: policeBz.id }, data: { locale: "en" } });
  await db.user.update({ where: { id: offBz.id }, data: { emailDigest: false } });
  const trainer = await makeViewer(db, "TRAINER", "BZ");
  const disabled = await makeViewer(db, "POLICE", "BZ");
  await db.user.update({ where: { id: disabled.id }, data: { disabledAt: NOW } });

  const bz = await fileCase(db, "BZ", { status: "REPORTED" });
  bzCaseNumber = bz.caseNumber;
  const team = { countryCode: "BZ", roles: ["POLICE", "NGO"] as const };
  await item({ kind: "NEW_CLAIM", caseId: bz.id, to: team }, 1);
  await item({ kind: "NEW_CLAIM", caseId: bz.id, to: team }, 20);
  await item({ kind: "NEW_CLAIM", caseId: bz.id, to: team }, 30); // before the day: not counted
  await item({ kind: "MATCH", caseId: bz.id, to: { userId: policeBz.id } }, 2);
  await item({ kind: "CHECK_IN", caseId: bz.id, to: { userId: policeBz.id } }, 24 * 5); // still open
  const done = await item({ kind: "CHECK_IN", caseId: bz.id, to: { userId: policeBz.id } }, 3);
  await db.inboxReceipt.create({ data: { itemId: done.id, userId: policeBz.id, readAt: NOW, doneAt: NOW } });
  await item({ kind: "TIP", caseId: bz.id, to: { userId: trainer.id } }, 1); // trainers have no inbox
  await item({ kind: "TIP", caseId: bz.id, to: { userId: disabled.id } }, 1);
});

describe("the daily staff digest", () => {
  it("counts what each staff member's own inbox shows", async () => {
    expect(await digestCountsFor(env.db, policeBz, NOW)).toEqual({
      newClaims: 2,
      matches: 1,
      checkIns: 1,
    });
    expect(await digestCountsFor(env.db, ngoBz, NOW)).toEqual({ newClaims: 2, matches: 0, checkIns: 0 });
    expect(await digestCountsFor(env.db, policeBo, NOW)).toEqual({
      newClaims: 0,
      matches: 0,
      checkIns: 0,
    });
  });

  it("sends one email and one inbox item per staff member, in their language, counts only", async () => {
    expect(await sendDailyDigests(env.db, NOW)).toMatchObject({ sent: 2 });
    await until(() => mailsTo(policeBz).length === 1 && mailsTo(ngoBz).length === 1);

    const [en] = mailsTo(policeBz);
    expect(en!.headers["content-language"]).toBe("en");
    expect(en!.subject).toBe("Your daily summary from Reencuentro");
    expect(en!.text).toContain("2 new claims");
    expect(en!.text).toContain("1 proposed match\n");
    expect(en!.text).toContain("1 family check-in waiting for you");
    expect(en!.text).toContain("https://reencuentro.test/en/inbox");
    expect(en!.text).toContain("https://reencuentro.test/en/account");
    expect(en!.headers["list-unsubscribe"]).toBe("<https://reencuentro.test/en/account>");
    const [es] = mailsTo(ngoBz);
    expect(es!.subject).toBe("Su resumen diario de Reencuentro");
    expect(es!.text).toContain("2 denuncias nuevas");
    expect(es!.text).toContain("0 coincidencias propuestas");
    const c = await env.db.case.findFirstOrThrow({ where: { caseNumber: bzCaseNumber } });
    for (const detail of [bzCaseNumber, c.givenNames, c.familyNames, c.lastSeenCity])
      for (const m of [en!, es!]) expect(m.raw).not.toContain(detail);

    const digests = InboxFilter.parse({ kind: "DIGEST" });
    const mine = await listInbox(policeBz, digests);
    expect(mine.map((e) => e.reasons)).toEqual([["CLAIMS:2", "MATCHES:1", "CHECK_INS:1"]]);
    expect(await listInbox(ngoBz, digests)).toHaveLength(1);
    // Turned off, nothing to report, or no inbox at all: nothing written.
    expect(mailsTo(offBz)).toEqual([]);
    expect(mailsTo(policeBo)).toEqual([]);
    expect(await env.db.inboxItem.count({ where: { kind: "DIGEST" } })).toBe(2);
    expect(await env.db.outboundMessage.count({ where: { template: "staff.digest" } })).toBe(2);
  });

  it("a re-run the same day sends nothing twice; the next day respects a change of setting", async () => {
    expect(await sendDailyDigests(env.db, new Date(NOW.getTime() + HOUR))).toMatchObject({ sent: 0 });
    await setDigestSetting(ngoBz, { emailDigest: false });
    await setDigestSetting(offBz, { emailDigest: true });
    await item({ kind: "NEW_CLAIM", to: { countryCode: "BZ", roles: ["POLICE", "NGO"] } }, -1);
    const tomorrow = new Date(NOW.getTime() + 24 * HOUR);
    expect(await sendDailyDigests(env.db, tomorrow)).toMatchObject({ sent: 2 });
    await until(() => mailsTo(policeBz).length === 2 && mailsTo(offBz).length === 1);
    await new Promise((r) => setTimeout(r, 1000));
    expect(mailsTo(ngoBz)).toHaveLength(1);
    expect(await env.db.outboundMessage.count({ where: { template: "staff.digest", status: "SENT" } })).toBe(
      4,
    );
  });

  it("an account that turns the digest off before delivery gets no email (suppressed)", async () => {
    const late = await makeViewer(env.db, "POLICE", "BZ");
    // A digest row as sendDailyDigests writes it, not queued, so no worker races this test.
    const m = await env.db.outboundMessage.create({
      data: {
        eventKey: "digest:2026-12-05",
        channel: "EMAIL",
        recipient: late.email,
        template: "staff.digest",
        locale: "es",
        params: { day: "2026-12-05", digest: { newClaims: 1, matches: 0, checkIns: 0 } },
      },
    });
    await setDigestSetting(late, { emailDigest: false });
    expect(await deliverMessage(env.db, m.id, { final: false })).toBe("suppressed");
    expect(mailsTo(late)).toEqual([]);
  });
});
