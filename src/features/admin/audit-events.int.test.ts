// The admin and training trail (AuditEvent, decision 141): append-only in the database, one row
// per change written with the change, the changed fields only, never a password; and the
// audit search's filters and scope.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSession, updateSession } from "@/features/training/session-data";
import { sessionInput } from "@/features/training/testing";
import { NotFoundError } from "@/server/errors";
import { closeAppTestDb, type TestDb } from "@/testing/test-db";
import { exportAuditCsv } from "./audit-export";
import { searchAudit } from "./audit-search-data";
import { AuditSearchInput } from "./schemas";
import { createAdminTestWorld, type TwoCountries } from "./testing";
import { setUserPassword, updateUserByAdmin } from "./users-data";

let testDb: TestDb;
let f: TwoCountries;

beforeAll(async () => {
  ({ testDb, f } = await createAdminTestWorld());
});
afterAll(() => closeAppTestDb(testDb));

const APPEND_ONLY = /append-only/;
const rowsFor = (targetId: string) =>
  testDb.db.auditEvent.findMany({ where: { targetId }, orderBy: { createdAt: "asc" } });
const q = (over: Partial<AuditSearchInput> = {}) => AuditSearchInput.parse(over);

describe("AuditEvent is append-only", () => {
  it("refuses UPDATE, DELETE and TRUNCATE, through Prisma and in raw SQL, and keeps the row", async () => {
    const db = testDb.db;
    const row = await db.auditEvent.create({
      data: { action: "user.update", targetType: "User", targetId: "hand-written-row", countryCode: "BZ" },
    });
    await expect(db.auditEvent.update({ where: { id: row.id }, data: { action: "x" } })).rejects.toThrow(
      APPEND_ONLY,
    );
    await expect(db.auditEvent.delete({ where: { id: row.id } })).rejects.toThrow(APPEND_ONLY);
    await expect(db.$executeRawUnsafe(`UPDATE "AuditEvent" SET "actorEmail" = 'x'`)).rejects.toThrow(
      APPEND_ONLY,
    );
    await expect(db.$executeRawUnsafe(`DELETE FROM "AuditEvent"`)).rejects.toThrow(APPEND_ONLY);
    await expect(db.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow(APPEND_ONLY);
    expect(await db.auditEvent.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      action: "user.update",
      actorEmail: null,
    });
  });
});

describe("admin changes leave one row each", () => {
  it("a user's role change: one row, the changed fields only, the actor, nothing secret", async () => {
    const target = f.policeBz;
    await updateUserByAdmin(f.adminBz, target.id, {
      name: target.name,
      role: "NGO",
      countryCode: "BZ",
      regionId: null,
      organizationId: null,
    });
    const rows = await rowsFor(target.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: "user.update",
      actorUserId: f.adminBz.id,
      actorEmail: f.adminBz.email,
      targetType: "User",
      countryCode: "BZ",
      before: { role: "POLICE" },
      after: { role: "NGO" },
    });
  });

  it("a new password: one row saying when, never the password or its hash", async () => {
    const password = "another long test password 42";
    await setUserPassword(f.adminBz, f.trainerBz.id, password);
    const rows = await rowsFor(f.trainerBz.id);
    expect(rows.map((r) => r.action)).toEqual(["user.setPassword"]);
    const { passwordHash } = await testDb.db.user.findUniqueOrThrow({ where: { id: f.trainerBz.id } });
    const stored = JSON.stringify(rows);
    expect(stored).not.toContain(password);
    expect(stored).not.toContain(passwordHash);
    expect(stored).not.toMatch(/"password(Hash)?"/);
  });

  it("a refused change (another country's admin) writes no row", async () => {
    await expect(
      updateUserByAdmin(f.adminBo, f.policeBz.id, {
        name: "X",
        role: "ADMIN",
        countryCode: "BO",
        regionId: null,
        organizationId: null,
      }),
    ).rejects.toThrow(NotFoundError);
    expect((await rowsFor(f.policeBz.id)).length).toBe(1);
  });
});

describe("training writes leave one row each", () => {
  it("editing a session: one row with the venue before and after, nothing unchanged", async () => {
    const input = sessionInput({ trainerIds: [f.trainerBz.id] });
    const { id } = await createSession(f.trainerBz, input);
    await updateSession(f.trainerBz, id, { ...input, venue: "Community hall, Dangriga" });
    const rows = await rowsFor(id);
    expect(rows.map((r) => r.action)).toEqual(["training.session.create", "training.session.update"]);
    expect(rows[1]).toMatchObject({
      actorUserId: f.trainerBz.id,
      countryCode: "BZ",
      before: { venue: input.venue },
      after: { venue: "Community hall, Dangriga" },
    });
    expect(Object.keys(rows[1]!.after as object)).toEqual(["venue"]);
  });
});

describe("searchAudit", () => {
  beforeAll(async () => {
    await testDb.db.caseAccessLog.createMany({
      data: [
        { caseId: f.caseBz.id, userId: f.policeBz.id, action: "VIEW", reason: "follow-up" },
        { caseId: f.caseBo.id, userId: f.policeBo.id, action: "PRINT" },
      ],
    });
  });

  it("is not found for police, trainers, signed-out callers and practice logins", async () => {
    for (const v of [f.policeBz, f.trainerBz, null, { ...f.adminBz, practiceSessionId: f.caseBz.id }]) {
      await expect(searchAudit(v, q())).rejects.toThrow(NotFoundError);
    }
  });

  it("gives a country admin only their country, and the super-admin every country", async () => {
    const bz = await searchAudit(f.adminBz, q());
    expect(bz.accesses.map((a) => a.caseNumber)).toEqual([f.caseBz.caseNumber]);
    expect(bz.events.every((e) => e.countryCode === "BZ")).toBe(true);
    expect(bz.events.some((e) => e.action === "user.update")).toBe(true);
    const bo = await searchAudit(f.adminBo, q());
    expect(bo.events.filter((e) => e.action !== "audit.search")).toEqual([]);
    const all = await searchAudit(f.superAdmin, q());
    expect(all.accesses.map((a) => a.caseNumber).sort()).toEqual(
      [f.caseBo.caseNumber, f.caseBz.caseNumber].sort(),
    );
  });

  it("filters by user (part of the email or name), by case number and by days", async () => {
    const byUser = await searchAudit(f.superAdmin, q({ user: "POLICE.BO" }));
    expect(byUser.accesses.map((a) => a.action)).toEqual(["PRINT"]);
    expect(byUser.events).toEqual([]);
    const trainer = await searchAudit(f.superAdmin, q({ user: f.trainerBz.email }));
    expect(new Set(trainer.events.map((e) => e.action))).toEqual(
      new Set(["training.session.create", "training.session.update"]),
    );
    const byCase = await searchAudit(f.superAdmin, q({ caseNumber: f.caseBz.caseNumber.toLowerCase() }));
    expect(byCase.accesses).toMatchObject([
      { action: "VIEW", reason: "follow-up", userEmail: f.policeBz.email },
    ]);
    expect(byCase.events).toEqual([]);
    const past = await searchAudit(f.superAdmin, q({ from: "2020-01-01", to: "2020-12-31" }));
    expect([past.events.length, past.accesses.length]).toEqual([0, 0]);
    const today = new Date().toISOString().slice(0, 10);
    const now = await searchAudit(f.superAdmin, q({ from: "2020-01-01", to: today }));
    expect(now.accesses.length).toBe(2);
  });

  it("records each search in the trail, filters included", async () => {
    await searchAudit(f.adminBz, q({ user: "someone" }));
    const last = await testDb.db.auditEvent.findFirstOrThrow({
      where: { action: "audit.search", actorUserId: f.adminBz.id },
      orderBy: { createdAt: "desc" },
    });
    expect(last).toMatchObject({ countryCode: "BZ", after: { user: "someone" } });
  });

  it("exports the same rows as CSV, with no password anywhere", async () => {
    const csv = await exportAuditCsv(f.adminBz, q(), "en", (k) => k);
    expect(csv).toContain(f.caseBz.caseNumber);
    expect(csv).not.toContain(f.caseBo.caseNumber);
    expect(csv).toContain("admin:audit.actions.user.update");
    expect(csv).not.toMatch(/argon2|passwordHash/);
  });
});
