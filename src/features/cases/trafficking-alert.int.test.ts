// A case flagged as possible trafficking after the intake alerts the police of the neighbouring
// countries that the CountryNeighbour table lists (and of none other), plus the case's own team,
// through a job queued in the flag's transaction: once per flag, whatever the retries.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listInbox } from "@/features/inbox/data";
import { InboxFilter } from "@/features/inbox/schemas";
import { getDb } from "@/server/db";
import { setJobEngine } from "@/server/jobs";
import { JobEngine } from "@/server/jobs/engine";
import { queueJobOn } from "@/server/jobs/queue";
import { jobDefinition } from "@/server/jobs/registry";
import type { Viewer } from "@/server/viewer";
import { closeAppTestDb, openAppTestDb, type TestDb } from "@/testing/test-db";
import { makeViewer } from "@/testing/viewers";
import { setTraffickingFlag } from "./data";
import { sendTraffickingFlagAlerts } from "./data/trafficking-alert";
import { fileCase, makePracticeSession } from "./test-fixtures";

let testDb: TestDb;
let engine: JobEngine;
let ngoBo: Viewer;

const until = async (cond: () => Promise<boolean>, ms = 20_000) => {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 100));
  }
};

const adultBo = () =>
  fileCase(testDb.db, "BO", {
    status: "ACTIVE",
    dateOfBirth: "1990-05-01",
    approxAge: null,
    riskIndicators: [],
    circumstances: "Salió a trabajar y no volvió.",
  });
const flag = (caseNumber: string, flagged = true) =>
  setTraffickingFlag(ngoBo, { caseNumber, flagged, indicators: flagged ? ["JOB_OFFER_ABROAD"] : [] });
const alertsOf = (caseId: string) =>
  testDb.db.inboxItem.findMany({
    where: { caseId, kind: "ALERT" },
    select: { audienceCountryCode: true, recipientUserId: true, audienceRoles: true, reasons: true },
    orderBy: { audienceCountryCode: "asc" },
  });

beforeAll(async () => {
  testDb = await openAppTestDb();
  await import("./jobs");
  engine = new JobEngine({ prisma: testDb.db, url: testDb.url }, { maintenanceIntervalSeconds: 1 });
  setJobEngine(engine);
  await engine.startWorkers([jobDefinition("case-trafficking-alert")!]);
  ngoBo = await makeViewer(testDb.db, "NGO", "BO");
});
afterAll(async () => {
  await engine?.stop(2000);
  setJobEngine(undefined);
  await closeAppTestDb(testDb);
});

describe("a case flagged as possible trafficking later", () => {
  it("alerts police of Chile and Peru (the table's neighbours of Bolivia) and Bolivia's team", async () => {
    const c = await adultBo();
    expect(await alertsOf(c.id)).toEqual([]);
    await flag(c.caseNumber);
    await until(async () => (await alertsOf(c.id)).length === 3);
    const items = await alertsOf(c.id);
    expect(items.map((i) => [i.audienceCountryCode, i.audienceRoles, i.reasons])).toEqual([
      ["BO", ["POLICE", "NGO"], ["FLAGGED"]],
      ["CL", ["POLICE"], ["TRAFFICKING", "BORDER", "FLAGGED"]],
      ["PE", ["POLICE"], ["TRAFFICKING", "BORDER", "FLAGGED"]],
    ]);

    const alerts = InboxFilter.parse({ kind: "ALERT" });
    const [pe, gt, ngoPe] = await Promise.all([
      makeViewer(testDb.db, "POLICE", "PE"),
      makeViewer(testDb.db, "POLICE", "GT"),
      makeViewer(testDb.db, "NGO", "PE"),
    ]);
    const seen = async (v: Viewer) => (await listInbox(v, alerts)).map((e) => e.case?.caseNumber);
    expect(await seen(pe)).toContain(c.caseNumber);
    expect(await seen(gt)).not.toContain(c.caseNumber);
    expect(await seen(ngoPe)).not.toContain(c.caseNumber);
  });

  it("a retried job, or the same job queued again, sends nothing twice", async () => {
    const c = await adultBo();
    await flag(c.caseNumber);
    await until(async () => (await alertsOf(c.id)).length === 3);
    const event = await testDb.db.caseEvent.findFirstOrThrow({
      where: { caseId: c.id, type: "TRAFFICKING_FLAGGED" },
    });
    expect(await sendTraffickingFlagAlerts(await getDb(), event.id)).toBe(0);
    await queueJobOn(engine, "case-trafficking-alert", { caseEventId: event.id });
    await until(
      async () =>
        (
          await testDb.db.$queryRawUnsafe<{ n: number }[]>(
            `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'case-trafficking-alert' AND state = 'completed' AND data->>'caseEventId' = $1`,
            event.id,
          )
        )[0]!.n === 2,
    );
    expect(await alertsOf(c.id)).toHaveLength(3);
  });

  it("changing the indicators of a flagged case alerts nobody; unflag and flag again is news", async () => {
    const c = await adultBo();
    await flag(c.caseNumber);
    await until(async () => (await alertsOf(c.id)).length === 3);
    await setTraffickingFlag(ngoBo, {
      caseNumber: c.caseNumber,
      flagged: true,
      indicators: ["DEBT_BONDAGE"],
    });
    await flag(c.caseNumber, false);
    await flag(c.caseNumber);
    await until(async () => (await alertsOf(c.id)).length === 6);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await alertsOf(c.id)).toHaveLength(6);
  });

  it("follows the table: without BO-PE, Peru is not alerted", async () => {
    await testDb.db.countryNeighbour.deleteMany({
      where: {
        OR: [
          { countryCode: "BO", neighbourCode: "PE" },
          { countryCode: "PE", neighbourCode: "BO" },
        ],
      },
    });
    const c = await adultBo();
    await flag(c.caseNumber);
    await until(async () => (await alertsOf(c.id)).length === 2);
    expect((await alertsOf(c.id)).map((i) => i.audienceCountryCode)).toEqual(["BO", "CL"]);
  });

  it("a practice case queues nothing and alerts nobody", async () => {
    const trainer = await makeViewer(testDb.db, "TRAINER", "BO");
    const session = await makePracticeSession(testDb.db, "BO", trainer.id);
    const c = await fileCase(
      testDb.db,
      "BO",
      { status: "ACTIVE", riskIndicators: [], dateOfBirth: "1990-01-01", approxAge: null },
      { practiceSessionId: session.id },
    );
    const practice = await makeViewer(testDb.db, "NGO", "BO", { practiceSessionId: session.id });
    await setTraffickingFlag(practice, {
      caseNumber: c.caseNumber,
      flagged: true,
      indicators: ["DEBT_BONDAGE"],
    });
    const jobs = await testDb.db.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'case-trafficking-alert'
       AND data->>'caseEventId' IN (SELECT id::text FROM "CaseEvent" WHERE "caseId" = $1::uuid)`,
      c.id,
    );
    expect(jobs[0]!.n).toBe(0);
    expect(await alertsOf(c.id)).toEqual([]);
  });
});
