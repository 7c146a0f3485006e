// The delivery log shows admins their countries' messages without the address in full or any
// text; only a DEAD message in scope can be retried, and retrying queues its job again.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileCase } from "@/features/cases/test-fixtures";
import { setJobEngine } from "@/server/jobs";
import { JobEngine } from "@/server/jobs/engine";
import { jobDefinition } from "@/server/jobs/registry";
import type { Viewer } from "@/server/viewer";
import type { TestDb } from "@/testing/test-db";
import { listDeliveries, maskAddress, redactError, retryDeadMessage } from "./delivery-log-data";
import { makeViewer } from "@/testing/viewers";
import { openAppTestDb, closeAppTestDb } from "@/testing/test-db";

let testDb: TestDb;
let engine: JobEngine;
let adminBz: Viewer;
let adminGt: Viewer;
let superAdmin: Viewer;
let police: Viewer;

async function message(country: "BZ" | "GT", status: "SENT" | "DEAD") {
  const c = await fileCase(testDb.db, country);
  return testDb.db.outboundMessage.create({
    data: {
      eventKey: `test:${crypto.randomUUID()}`,
      channel: "EMAIL",
      recipient: "rosa.quispe@example.org",
      template: "family.verified",
      locale: "es",
      params: { caseNumber: c.caseNumber },
      caseId: c.id,
      status,
      attempts: 9,
      lastError: status === "DEAD" ? "550 <rosa.quispe@example.org>: mailbox unavailable" : null,
    },
  });
}

beforeAll(async () => {
  testDb = await openAppTestDb();
  await import("@/server/outbox/jobs");
  engine = new JobEngine({ prisma: testDb.db, url: testDb.url });
  setJobEngine(engine);
  await engine.ensureQueues([jobDefinition("message-deliver")!]);
  adminBz = await makeViewer(testDb.db, "ADMIN", "BZ");
  adminGt = await makeViewer(testDb.db, "ADMIN", "GT");
  superAdmin = await makeViewer(testDb.db, "ADMIN", "BZ", { isSuperAdmin: true });
  police = await makeViewer(testDb.db, "POLICE", "BZ");
});
afterAll(async () => {
  await engine?.stop();
  setJobEngine(undefined);
  await closeAppTestDb(testDb);
});

describe("delivery log", () => {
  it("lists an admin's own countries only, masked, with no message text", async () => {
    const bz = await message("BZ", "DEAD");
    const gt = await message("GT", "SENT");
    const ids = async (v: Viewer) => (await listDeliveries(v)).map((r) => r.id);
    expect(await ids(adminBz)).toContain(bz.id);
    expect(await ids(adminBz)).not.toContain(gt.id);
    expect(await ids(adminGt)).toContain(gt.id);
    expect(await ids(superAdmin)).toEqual(expect.arrayContaining([bz.id, gt.id]));
    // Police and others have no delivery log.
    expect(await ids(police)).toEqual([]);

    const row = (await listDeliveries(adminBz, { status: "DEAD" })).find((r) => r.id === bz.id)!;
    expect(row.recipient).toBe("r•••@example.org");
    expect(row.error).toBe("550 <•••@example.org>: mailbox unavailable");
    expect(JSON.stringify(row)).not.toContain("rosa.quispe");
    expect(Object.keys(row)).not.toContain("params");
  });

  it("retries only a dead message in scope, and queues its delivery", async () => {
    const dead = await message("BZ", "DEAD");
    const sent = await message("BZ", "SENT");
    await expect(retryDeadMessage(adminGt, dead.id)).rejects.toThrow(/notFound/i);
    await expect(retryDeadMessage(adminBz, sent.id)).rejects.toThrow(/notFound/i);
    await expect(retryDeadMessage(police, dead.id)).rejects.toThrow(/notFound/i);
    expect((await testDb.db.outboundMessage.findUniqueOrThrow({ where: { id: dead.id } })).status).toBe(
      "DEAD",
    );

    await retryDeadMessage(adminBz, dead.id);
    expect((await testDb.db.outboundMessage.findUniqueOrThrow({ where: { id: dead.id } })).status).toBe(
      "PENDING",
    );
    const jobs = await testDb.db.$queryRawUnsafe<{ c: number }[]>(
      `SELECT count(*)::int AS c FROM pgboss.job WHERE name = 'message-deliver' AND data->>'id' = $1`,
      dead.id,
    );
    expect(jobs[0]!.c).toBe(1);
  });

  it("masks and redacts", () => {
    expect(maskAddress("a@b.org")).toBe("a•••@b.org");
    expect(maskAddress("nonsense")).toBe("•••");
    expect(redactError("user x.y@z.com and q@w.org refused")).toBe("user •••@z.com and •••@w.org refused");
    expect(redactError(null)).toBeNull();
  });
});
