// A claim soft-deleted by a retention run (decision 143) must not keep emailing or texting the
// family: a message already in the outbox is suppressed at delivery, by email and by SMS, and a
// live claim's message passes the same check.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileCase } from "@/features/cases/test-fixtures";
import { getDb } from "@/server/db";
import { closeAppTestDb, openAppTestDb, type TestDb } from "@/testing/test-db";
import { deliverMessage } from "./deliver";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await openAppTestDb();
});
afterAll(() => closeAppTestDb(testDb));

async function caseWithMessages() {
  const db = testDb.db;
  const c = await fileCase(db, "BO", { givenNames: "Wara", familyNames: "Mamani" });
  const email = `familia-${c.id.slice(0, 8)}@example.test`;
  const phone = "+59171234567";
  await db.case.update({
    where: { id: c.id },
    data: { reporterEmail: email, notifyByEmail: true, reporterPhone: phone, notifyByPhone: true },
  });
  const message = (channel: "EMAIL" | "SMS", recipient: string) =>
    db.outboundMessage.create({
      data: {
        eventKey: `test:${c.id}:${channel}`,
        channel,
        recipient,
        template: "family.verified",
        locale: "es",
        params: {},
        caseId: c.id,
      },
      select: { id: true },
    });
  return { c, email: await message("EMAIL", email), sms: await message("SMS", phone) };
}

const statusOf = async (id: string) =>
  (await testDb.db.outboundMessage.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;

describe("outbox delivery of a soft-deleted claim", () => {
  it("suppresses its email and SMS without sending", async () => {
    const { c, email, sms } = await caseWithMessages();
    await testDb.db.case.update({
      where: { id: c.id },
      data: { deletedAt: new Date(), retentionAction: "DELETE" },
    });
    const db = await getDb();
    expect(await deliverMessage(db, email.id, { final: false })).toBe("suppressed");
    expect(await deliverMessage(db, sms.id, { final: false })).toBe("suppressed");
    expect([await statusOf(email.id), await statusOf(sms.id)]).toEqual(["SUPPRESSED", "SUPPRESSED"]);
  });

  it("a live claim's message is not suppressed (it goes to the transport)", async () => {
    const { email } = await caseWithMessages();
    const db = await getDb();
    // No mail server is configured here: the send itself fails, after the check let it through.
    const outcome = await deliverMessage(db, email.id, { final: true }).catch(() => "failed");
    expect(outcome).not.toBe("suppressed");
    expect(await statusOf(email.id)).not.toBe("SUPPRESSED");
  });
});
