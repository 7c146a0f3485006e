import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/server/password";
import { toViewer, type Viewer } from "@/server/viewer";
import { createUser } from "@/testing/factories";
import { createTestDb, type TestDb, pointAppAt } from "@/testing/test-db";
import { seedReference } from "../../../prisma/seed/reference";
import { changePassword, endAllSessions, getAccount, getRecentFailedSignIns } from "./account-data";
import { authenticate } from "./authenticate";

const OLD = "a long enough test password";
const NEW = "Lluvia sobre el Illimani 7";
let testDb: TestDb;
let viewer: Viewer;

beforeAll(async () => {
  testDb = await createTestDb();
  pointAppAt(testDb.db);
  await seedReference(testDb.db);
  viewer = toViewer(
    await createUser(testDb.db, {
      email: "rosa.mamani@t.test",
      role: "NGO",
      countryCode: "BO",
      password: OLD,
    }),
  );
});
afterAll(async () => {
  const { getDb } = await import("@/server/db");
  await (await getDb()).$disconnect();
  await testDb?.drop();
});

const state = () =>
  testDb.db.user.findUniqueOrThrow({
    where: { id: viewer.id },
    select: { passwordHash: true, sessionVersion: true },
  });

describe("account", () => {
  it("shows the signed-in user only", async () => {
    expect(await getAccount(viewer)).toMatchObject({
      email: "rosa.mamani@t.test",
      role: "NGO",
      countryCode: "BO",
    });
  });

  it("refuses a wrong current password or a weak new one, changing nothing", async () => {
    const before = await state();
    await expect(
      changePassword(viewer, { current: "wrong wrong wrong", next: NEW, confirm: NEW }),
    ).rejects.toThrow("auth:errors.wrongCurrentPassword");
    await expect(
      changePassword(viewer, { current: OLD, next: "mamani rosa 2026", confirm: "mamani rosa 2026" }),
    ).rejects.toThrow("auth:password.containsEmail");
    await expect(
      changePassword(viewer, { current: OLD, next: "qwertyuiop123", confirm: "qwertyuiop123" }),
    ).rejects.toThrow("auth:password.common");
    expect(await state()).toEqual(before);
  });

  it("changes the password and ends every session", async () => {
    const before = await state();
    await changePassword(viewer, { current: OLD, next: NEW, confirm: NEW });
    const after = await state();
    expect(await verifyPassword(after.passwordHash, NEW)).toBe(true);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
  });

  it("signing out everywhere bumps the session version", async () => {
    const before = await state();
    await endAllSessions(viewer);
    expect((await state()).sessionVersion).toBe(before.sessionVersion + 1);
  });

  it("tells the owner about recent failed sign-ins on the account", async () => {
    expect(await getRecentFailedSignIns(viewer)).toEqual({ count: 0, last: null });
    for (const ip of ["10.9.0.1", "10.9.0.2"]) {
      await authenticate({
        email: viewer.email,
        password: "a wrong guess",
        headers: new Headers({ "x-reencuentro-client-ip": ip }),
      });
    }
    const recent = await getRecentFailedSignIns(viewer);
    expect(recent.count).toBe(2);
    expect(recent.last).toBeInstanceOf(Date);
  });
});
