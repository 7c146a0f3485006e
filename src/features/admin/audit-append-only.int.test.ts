// The audit tables refuse edits in the database itself (migration audit_append_only).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateSyntheticCase } from "@/testing/case-factory";
import { createCase, createUser } from "@/testing/factories";
import { createRng } from "@/testing/random";
import { createTestDb, type TestDb } from "@/testing/test-db";
import { seedTwoCountries } from "./testing";

let testDb: TestDb;
let f: Awaited<ReturnType<typeof seedTwoCountries>>;

beforeAll(async () => {
  testDb = await createTestDb();
  f = await seedTwoCountries(testDb.db);
  await testDb.db.caseAccessLog.create({
    data: { caseId: f.caseBz.id, userId: f.policeBz.id, action: "case.read" },
  });
});
afterAll(async () => {
  await testDb?.drop();
});

const APPEND_ONLY = /append-only/;

describe("CaseAccessLog and CaseEvent are append-only", () => {
  it("refuses UPDATE and DELETE of access-log rows", async () => {
    const db = testDb.db;
    await expect(
      db.caseAccessLog.updateMany({ where: { caseId: f.caseBz.id }, data: { reason: "edited" } }),
    ).rejects.toThrow(APPEND_ONLY);
    await expect(db.caseAccessLog.deleteMany({ where: { caseId: f.caseBz.id } })).rejects.toThrow(
      APPEND_ONLY,
    );
    expect(await db.caseAccessLog.count({ where: { caseId: f.caseBz.id, reason: null } })).toBe(1);
  });

  it("refuses UPDATE and DELETE of case events, even in raw SQL", async () => {
    const db = testDb.db;
    await expect(
      db.$executeRawUnsafe(`UPDATE "CaseEvent" SET "body" = 'x' WHERE "caseId" = '${f.caseBz.id}'`),
    ).rejects.toThrow(APPEND_ONLY);
    await expect(
      db.$executeRawUnsafe(`DELETE FROM "CaseEvent" WHERE "caseId" = '${f.caseBz.id}'`),
    ).rejects.toThrow(APPEND_ONLY);
    await expect(db.$executeRawUnsafe(`TRUNCATE "CaseEvent" CASCADE`)).rejects.toThrow(APPEND_ONLY);
    expect(await db.caseEvent.count({ where: { caseId: f.caseBz.id } })).toBeGreaterThan(0);
  });

  it("still allows new rows", async () => {
    await testDb.db.caseEvent.create({
      data: {
        caseId: f.caseBz.id,
        actorKind: "STAFF",
        actorUserId: f.policeBz.id,
        type: "NOTE_ADDED",
        body: "n",
      },
    });
  });

  it("lets a whole (practice) case go with its history, and a deleted login's events lose only its id", async () => {
    const db = testDb.db;
    const session = await db.trainingSession.create({
      data: {
        title: "T",
        kind: "REFRESHER",
        startDate: new Date(),
        countryCode: "BZ",
        venue: "V",
        createdById: f.trainerBz.id,
      },
    });
    const practice = await createUser(db, {
      email: "p1@t.test",
      role: "POLICE",
      countryCode: "BZ",
      practiceSessionId: session.id,
    });
    const c = await createCase(db, generateSyntheticCase(createRng(3), { country: "BZ", now: new Date() }), {
      practiceSessionId: session.id,
      prefix: "PR-BZ",
    });
    await db.caseAccessLog.create({ data: { caseId: c.id, userId: practice.id, action: "case.read" } });
    const ev = await db.caseEvent.create({
      data: { caseId: f.caseBo.id, actorKind: "STAFF", actorUserId: practice.id, type: "NOTE_ADDED" },
    });

    await db.case.delete({ where: { id: c.id } });
    expect(await db.caseEvent.count({ where: { caseId: c.id } })).toBe(0);
    expect(await db.caseAccessLog.count({ where: { caseId: c.id } })).toBe(0);

    await db.user.delete({ where: { id: practice.id } });
    expect(
      await db.caseEvent.findUniqueOrThrow({
        where: { id: ev.id },
        select: { actorUserId: true, type: true },
      }),
    ).toEqual({
      actorUserId: null,
      type: "NOTE_ADDED",
    });
  });
});
