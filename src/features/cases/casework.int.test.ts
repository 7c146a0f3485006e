import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { setJobEngine } from "@/server/jobs";
import { JobEngine } from "@/server/jobs/engine";
import { jobDefinition } from "@/server/jobs/registry";
import type { Viewer } from "@/server/viewer";
import type { TestDb } from "@/testing/test-db";
import {
  addCaseNote,
  assignCase,
  changeCaseStatus,
  getCaseForViewer,
  type CaseView,
  listAssignees,
  setPublicationApproval,
  setTraffickingFlag,
} from "./data";
import { fileCase, makePracticeSession } from "./test-fixtures";
import { makeViewer } from "@/testing/viewers";
import { openAppTestDb, closeAppTestDb } from "@/testing/test-db";

let testDb: TestDb;
let engine: JobEngine;
let policeBz: Viewer;
let policeBo: Viewer;
let ngoBo: Viewer;
let trainer: Viewer;
let admin: Viewer;
let bz: { id: string; caseNumber: string };
let bo: { id: string; caseNumber: string };
let counts: () => Promise<{ events: number; logs: number }>;

beforeAll(async () => {
  testDb = await openAppTestDb();
  const db = testDb.db;
  // Flagging trafficking queues the cross-border alerts (trafficking-alert.int.test.ts runs them).
  await import("./jobs");
  engine = new JobEngine({ prisma: db, url: testDb.url });
  setJobEngine(engine);
  await engine.ensureQueues([jobDefinition("case-trafficking-alert")!]);
  policeBz = await makeViewer(db, "POLICE", "BZ");
  policeBo = await makeViewer(db, "POLICE", "BO");
  ngoBo = await makeViewer(db, "NGO", "BO");
  trainer = await makeViewer(db, "TRAINER", "BZ");
  admin = await makeViewer(db, "ADMIN", "BZ", { isSuperAdmin: true });
  counts = async () => ({ events: await db.caseEvent.count(), logs: await db.caseAccessLog.count() });
});
beforeEach(async () => {
  bz = await fileCase(testDb.db, "BZ", { status: "REPORTED" });
  bo = await fileCase(testDb.db, "BO", { status: "ACTIVE" });
});
afterAll(async () => {
  await engine?.stop(2000);
  setJobEngine(undefined);
  await closeAppTestDb(testDb);
});

/** Runs `fn`, expects it to fail with `pattern`, and checks that nothing was written. */
async function refused(fn: () => Promise<unknown>, pattern: RegExp) {
  const before = await counts();
  const statuses = await testDb.db.case.findMany({ select: { id: true, status: true, updatedAt: true } });
  await expect(fn()).rejects.toThrow(pattern);
  expect(await counts()).toEqual(before);
  expect(await testDb.db.case.findMany({ select: { id: true, status: true, updatedAt: true } })).toEqual(
    statuses,
  );
}

const full = (v: CaseView) => {
  if (v.access !== "full") throw new Error(`expected the full record, got ${v.access}`);
  return v;
};

const lastEvent = (caseId: string) =>
  testDb.db.caseEvent.findFirstOrThrow({ where: { caseId }, orderBy: { createdAt: "desc" } });

describe("reading a case", () => {
  it("writes an access-log row in the same transaction", async () => {
    // Another country's claim: read with the officer's reason (see consent.int.test.ts).
    const c = full(await getCaseForViewer(policeBz, bo.caseNumber, "VIEW", "a sighting in Belize"));
    expect(c.caseNumber).toBe(bo.caseNumber);
    expect(c.reporter).not.toBeNull();
    expect(c.writable).toEqual([]);
    await getCaseForViewer(policeBz, bo.caseNumber, "PRINT", "a sighting in Belize");
    const logs = await testDb.db.caseAccessLog.findMany({
      where: { caseId: bo.id },
      orderBy: { createdAt: "asc" },
    });
    expect(logs.map((l) => [l.userId, l.action])).toEqual([
      [policeBz.id, "VIEW"],
      [policeBz.id, "PRINT"],
    ]);
  });

  it("gives not-found and logs nothing out of scope", async () => {
    await refused(() => getCaseForViewer(ngoBo, bz.caseNumber, "VIEW"), /notFound/);
    await refused(() => getCaseForViewer(trainer, bz.caseNumber, "VIEW"), /notFound/);
    await refused(() => getCaseForViewer(policeBz, "BZ-2026-999999", "VIEW"), /notFound/);
  });

  it("hides the reporter's contact from roles without that permission", async () => {
    const c = full(await getCaseForViewer(admin, bz.caseNumber, "VIEW"));
    expect(c.reporter).toBeNull();
  });
});

describe("status workflow", () => {
  it("police verify a case of their country, with a reason and an event", async () => {
    await changeCaseStatus(policeBz, {
      caseNumber: bz.caseNumber,
      from: "REPORTED",
      to: "VERIFIED",
      reason: "Called the mother",
    });
    const c = await testDb.db.case.findUniqueOrThrow({ where: { id: bz.id } });
    expect(c.status).toBe("VERIFIED");
    expect(await lastEvent(bz.id)).toMatchObject({
      type: "STATUS_CHANGED",
      oldValue: "REPORTED",
      newValue: "VERIFIED",
      reason: "Called the mother",
      actorUserId: policeBz.id,
    });
  });

  it("refuses other countries, trainers, NGOs closing, bad transitions and stale forms", async () => {
    const input = { caseNumber: bz.caseNumber, from: "REPORTED", to: "VERIFIED", reason: "ok ok" } as const;
    await refused(() => changeCaseStatus(policeBo, input), /notFound/);
    await refused(() => changeCaseStatus(trainer, input), /notFound/);
    await refused(() => changeCaseStatus(admin, input), /notFound/);
    const close = {
      caseNumber: bo.caseNumber,
      from: "ACTIVE",
      to: "LOCATED_ALIVE",
      reason: "found",
    } as const;
    await refused(() => changeCaseStatus(ngoBo, close), /forbidden/);
    await refused(() => changeCaseStatus(policeBz, { ...input, to: "CLOSED" }), /invalidTransition/);
    await refused(
      () => changeCaseStatus(policeBz, { ...input, from: "VERIFIED", to: "ACTIVE" }),
      /staleStatus/,
    );
    await changeCaseStatus(policeBo, close);
    expect((await testDb.db.case.findUniqueOrThrow({ where: { id: bo.id } })).status).toBe("LOCATED_ALIVE");
  });

  it("lets NGOs start the search on a verified case of their country", async () => {
    const v = await fileCase(testDb.db, "BO", { status: "VERIFIED" });
    await changeCaseStatus(ngoBo, {
      caseNumber: v.caseNumber,
      from: "VERIFIED",
      to: "ACTIVE",
      reason: "Search on",
    });
    expect((await lastEvent(v.id)).newValue).toBe("ACTIVE");
  });
});

describe("notes, trafficking, assignment", () => {
  it("adds a note for own country only", async () => {
    await addCaseNote(ngoBo, { caseNumber: bo.caseNumber, body: "Spoke to the school" });
    expect(await lastEvent(bo.id)).toMatchObject({ type: "NOTE_ADDED", body: "Spoke to the school" });
    await refused(() => addCaseNote(ngoBo, { caseNumber: bz.caseNumber, body: "x" }), /notFound/);
    await refused(() => addCaseNote(trainer, { caseNumber: bz.caseNumber, body: "x" }), /notFound/);
  });

  it("NGOs flag trafficking with indicators; other countries cannot", async () => {
    await setTraffickingFlag(ngoBo, {
      caseNumber: bo.caseNumber,
      flagged: true,
      indicators: ["DEBT_BONDAGE", "CROSSED_BORDER"],
    });
    const c = await testDb.db.case.findUniqueOrThrow({ where: { id: bo.id } });
    expect(c.traffickingFlag).toBe(true);
    expect(c.riskIndicators).toEqual(["CROSSED_BORDER", "DEBT_BONDAGE"]);
    expect(await lastEvent(bo.id)).toMatchObject({
      type: "TRAFFICKING_FLAGGED",
      newValue: "CROSSED_BORDER,DEBT_BONDAGE",
    });
    const flag = { caseNumber: bz.caseNumber, flagged: true, indicators: ["DEBT_BONDAGE" as const] };
    await refused(() => setTraffickingFlag(ngoBo, flag), /notFound/);
    await refused(() => setTraffickingFlag(policeBo, flag), /notFound/);
  });

  it("offers only police of the case's country as assignees, to those who may assign", async () => {
    const list = await listAssignees(policeBz, bz.caseNumber);
    expect(list.users.map((u) => u.id)).toContain(policeBz.id);
    expect(list.users.map((u) => u.id)).not.toContain(policeBo.id);
    await expect(listAssignees(policeBo, bz.caseNumber)).rejects.toThrow(/notFound/);
    await expect(listAssignees(ngoBo, bo.caseNumber)).rejects.toThrow(/notFound/);
  });

  it("assigns officers and units of the case's country only", async () => {
    const unit = await testDb.db.organization.create({
      data: { name: "BZ Unit", kind: "POLICE_UNIT", countryCode: "BZ" },
    });
    await assignCase(policeBz, { caseNumber: bz.caseNumber, userId: policeBz.id, organizationId: unit.id });
    const c = await testDb.db.case.findUniqueOrThrow({ where: { id: bz.id } });
    expect([c.assignedUserId, c.assignedOrgId]).toEqual([policeBz.id, unit.id]);
    expect(await lastEvent(bz.id)).toMatchObject({
      type: "ASSIGNED",
      newValue: `${policeBz.name} · BZ Unit`,
    });
    await refused(
      () => assignCase(policeBz, { caseNumber: bz.caseNumber, userId: policeBo.id }),
      /assigneeOutOfScope/,
    );
    await refused(() => assignCase(policeBo, { caseNumber: bz.caseNumber, userId: policeBo.id }), /notFound/);
    await refused(() => assignCase(ngoBo, { caseNumber: bo.caseNumber, userId: policeBo.id }), /notFound/);
  });

  it("refuses a training body or a government office, which the form does not offer", async () => {
    for (const kind of ["TRAINING_BODY", "GOVERNMENT"] as const) {
      const org = await testDb.db.organization.create({
        data: { name: `BZ ${kind}`, kind, countryCode: "BZ" },
      });
      expect((await listAssignees(policeBz, bz.caseNumber)).organizations.map((o) => o.id)).not.toContain(
        org.id,
      );
      await refused(
        () => assignCase(policeBz, { caseNumber: bz.caseNumber, organizationId: org.id }),
        /assigneeOutOfScope/,
      );
    }
  });
});

describe("publication", () => {
  it("approves and revokes publication for verified or active cases", async () => {
    await refused(
      () => setPublicationApproval(policeBz, { caseNumber: bz.caseNumber, approve: true }),
      /notPublishable/,
    );
    await setPublicationApproval(policeBo, { caseNumber: bo.caseNumber, approve: true });
    let c = await testDb.db.case.findUniqueOrThrow({ where: { id: bo.id } });
    expect(c.publicationApprovedBy).toBe(policeBo.id);
    expect(c.publicationApprovedAt).toBeInstanceOf(Date);
    expect((await lastEvent(bo.id)).type).toBe("PUBLICATION_APPROVED");
    await refused(
      () => setPublicationApproval(ngoBo, { caseNumber: bo.caseNumber, approve: false }),
      /notFound/,
    );
    await refused(
      () => setPublicationApproval(policeBz, { caseNumber: bo.caseNumber, approve: false }),
      /notFound/,
    );
    await setPublicationApproval(policeBo, { caseNumber: bo.caseNumber, approve: false });
    c = await testDb.db.case.findUniqueOrThrow({ where: { id: bo.id } });
    expect(c.publicationApprovedAt).toBeNull();
    expect((await lastEvent(bo.id)).type).toBe("PUBLICATION_REVOKED");
  });

  it("never publishes against a withdrawn consent", async () => {
    await testDb.db.case.update({ where: { id: bo.id }, data: { consentWithdrawnAt: new Date() } });
    await refused(
      () => setPublicationApproval(policeBo, { caseNumber: bo.caseNumber, approve: true }),
      /consentWithdrawn/,
    );
  });
});

describe("practice sandbox", () => {
  it("practice logins work on their sandbox only", async () => {
    const session = await makePracticeSession(testDb.db, "BZ", trainer.id);
    const trainee = await makeViewer(testDb.db, "POLICE", "BZ", { practiceSessionId: session.id });
    const sandbox = await fileCase(
      testDb.db,
      "BZ",
      { status: "REPORTED" },
      { practiceSessionId: session.id },
    );
    await changeCaseStatus(trainee, {
      caseNumber: sandbox.caseNumber,
      from: "REPORTED",
      to: "VERIFIED",
      reason: "drill",
    });
    await refused(() => addCaseNote(trainee, { caseNumber: bz.caseNumber, body: "x" }), /notFound/);
    await refused(() => getCaseForViewer(policeBz, sandbox.caseNumber, "VIEW"), /notFound/);
  });
});
