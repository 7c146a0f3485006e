import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/testing/test-db";
import { isSessionRevoked, revokeSession } from "./session-revocation";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb?.drop());

describe("session revocation", () => {
  it("a revoked session id stays revoked; another session of the same user does not", async () => {
    const user = crypto.randomUUID();
    const [a, b] = [crypto.randomUUID(), crypto.randomUUID()];
    expect(await isSessionRevoked(testDb.db, a)).toBe(false);
    await revokeSession(testDb.db, { id: user, sid: a });
    await revokeSession(testDb.db, { id: user, sid: a }); // signing out twice is fine
    expect(await isSessionRevoked(testDb.db, a)).toBe(true);
    expect(await isSessionRevoked(testDb.db, b)).toBe(false);
    const row = await testDb.db.revokedSession.findUniqueOrThrow({ where: { sid: a } });
    expect(row.expiresAt.getTime() - Date.now()).toBeGreaterThan(7.9 * 3600_000);
  });

  it("anything that is not an id we issue counts as revoked", async () => {
    expect(await isSessionRevoked(testDb.db, "")).toBe(true);
    expect(await isSessionRevoked(testDb.db, "x' OR 1=1 --")).toBe(true);
  });
});
