// Answering a check-in through its signed link, against the real database: a tampered or
// foreign token is refused and writes nothing; "came home" records an event and an inbox item
// for the case's officer (visible only to staff who may read the case) and never closes the
// case; a second answer writes nothing; expired and closed links say so. And the track page's
// "add information" data function.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeViewer } from "@/testing/viewers";
import { listInbox } from "@/features/inbox/data";
import { InboxFilter } from "@/features/inbox/schemas";
import { ClaimNotFoundError } from "@/features/intake/claim-status";
import { addFamilyNote } from "@/features/intake/family-note";
import { signCheckIn } from "@/server/outbox/check-in-token";
import { signUnsubscribe } from "@/server/outbox/unsubscribe-token";
import type { Viewer } from "@/server/viewer";
import { type TestDb, openAppTestDb, closeAppTestDb } from "@/testing/test-db";
import { setJobEngine } from "@/server/jobs";
import { JobEngine } from "@/server/jobs/engine";
import { jobDefinition } from "@/server/jobs/registry";
import { GET as problemGet } from "@/app/[locale]/check-in/[token]/problem/route";
import { answerCheckIn, CheckInLinkError, lookUpCheckIn } from "./answer";
import { sendDueCheckIns } from "./schedule";
import { familyCase } from "./test-helpers";

let testDb: TestDb;
let engine: JobEngine;
let officer: Viewer;
let colleague: Viewer;
let otherCountry: Viewer;

const inboxOf = (v: Viewer) => listInbox(v, InboxFilter.parse({ kind: "CHECK_IN" }));
const writes = async (caseId: string) => ({
  events: await testDb.db.caseEvent.count({ where: { caseId } }),
  items: await testDb.db.inboxItem.count({ where: { caseId } }),
  answered: await testDb.db.checkIn.count({ where: { caseId, answeredAt: { not: null } } }),
});

/** A case 20 days old with its first check-in sent; returns the email link's token. */
async function askedCase(o: Parameters<typeof familyCase>[2] = {}) {
  const c = await familyCase(testDb.db, 20, { assignedUserId: officer.id, ...o });
  await sendDueCheckIns(testDb.db);
  const k = await testDb.db.checkIn.findFirstOrThrow({ where: { caseId: c.id } });
  return { ...c, checkInId: k.id, token: signCheckIn(k.id, "EMAIL") };
}

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET ??= "test-secret-for-unsubscribe-links";
  testDb = await openAppTestDb();
  await import("@/server/outbox/jobs");
  engine = new JobEngine({ prisma: testDb.db, url: testDb.url });
  setJobEngine(engine);
  await engine.ensureQueues([jobDefinition("message-deliver")!]);
  officer = await makeViewer(testDb.db, "POLICE", "BZ");
  colleague = await makeViewer(testDb.db, "POLICE", "BZ");
  otherCountry = await makeViewer(testDb.db, "POLICE", "GT");
});

afterAll(async () => {
  await engine?.stop(2000);
  setJobEngine(undefined);
  await closeAppTestDb(testDb);
});

describe("the signed link", () => {
  it("a tampered, truncated or foreign token is invalid and writes nothing", async () => {
    const c = await askedCase();
    const before = await writes(c.id);
    const [v, payload, sig] = c.token.split(".");
    const forged = [
      `${v}.${payload}.${sig!.slice(0, -2)}${sig!.endsWith("AA") ? "BB" : "AA"}`,
      c.token.slice(0, -1),
      `${v}.${Buffer.from(`${crypto.randomUUID()}:EMAIL`).toString("base64url")}.${sig}`,
      signUnsubscribe(c.id, "EMAIL"), // another kind of link, genuinely signed
      signCheckIn(crypto.randomUUID(), "EMAIL"), // genuinely signed, no such check-in
      `${c.token}.x`,
      "",
    ];
    for (const token of forged) {
      expect(await lookUpCheckIn(token)).toEqual({ ok: false, problem: "invalid" });
      await expect(answerCheckIn(token, "CAME_HOME")).rejects.toMatchObject({ problem: "invalid" });
    }
    expect(await writes(c.id)).toEqual(before);
    expect(await lookUpCheckIn(c.token)).toEqual({ ok: true, caseNumber: c.caseNumber, number: 1 });
  });

  it("a practice case's link is invalid", async () => {
    const trainer = await makeViewer(testDb.db, "TRAINER", "BZ");
    const session = await testDb.db.trainingSession.create({
      data: {
        title: "P",
        kind: "CASCADE_WORKSHOP",
        startDate: new Date(),
        countryCode: "BZ",
        venue: "x",
        createdById: trainer.id,
      },
    });
    const c = await familyCase(testDb.db, 20, { practiceSessionId: session.id });
    const k = await testDb.db.checkIn.create({
      data: { caseId: c.id, number: 1, expiresAt: new Date(Date.now() + 86_400_000) },
    });
    expect(await lookUpCheckIn(signCheckIn(k.id, "SMS"))).toEqual({ ok: false, problem: "invalid" });
  });
});

describe("came home", () => {
  it("records an event and an inbox item for the assigned officer; the case stays open", async () => {
    const c = await askedCase();
    expect(await answerCheckIn(c.token, "CAME_HOME")).toEqual({ caseNumber: c.caseNumber, repeated: false });
    const row = await testDb.db.case.findUniqueOrThrow({ where: { id: c.id } });
    expect(row.status).toBe("VERIFIED");
    const event = await testDb.db.caseEvent.findFirstOrThrow({
      where: { caseId: c.id, type: "CHECK_IN_ANSWERED" },
    });
    expect(event).toMatchObject({ actorKind: "REPORTER", oldValue: "1", newValue: "CAME_HOME" });
    const k = await testDb.db.checkIn.findUniqueOrThrow({ where: { id: c.checkInId } });
    expect(k).toMatchObject({ answer: "CAME_HOME", answeredVia: "EMAIL" });
    const mine = (await inboxOf(officer)).filter((e) => e.case?.caseNumber === c.caseNumber);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ kind: "CHECK_IN", reasons: ["CAME_HOME"] });
    // Addressed to the assigned officer: not to a colleague, never to another country.
    expect((await inboxOf(colleague)).some((e) => e.case?.caseNumber === c.caseNumber)).toBe(false);
    expect((await inboxOf(otherCountry)).some((e) => e.case?.caseNumber === c.caseNumber)).toBe(false);
  });

  it("an unassigned case tells its country team, which another country's police never see", async () => {
    const c = await askedCase({ assignedUserId: undefined });
    await testDb.db.case.update({ where: { id: c.id }, data: { assignedUserId: null } });
    await answerCheckIn(c.token, "NEW_INFO");
    expect((await inboxOf(colleague)).find((e) => e.case?.caseNumber === c.caseNumber)?.reasons).toEqual([
      "NEW_INFO",
    ]);
    expect((await inboxOf(otherCountry)).some((e) => e.case?.caseNumber === c.caseNumber)).toBe(false);
  });

  it("answering twice writes once; another answer to a used link is refused; the link is then used", async () => {
    const c = await askedCase();
    const results = await Promise.all([
      answerCheckIn(c.token, "CAME_HOME"),
      answerCheckIn(signCheckIn(c.checkInId, "SMS"), "CAME_HOME"),
    ]);
    expect(results.map((r) => r.repeated).sort()).toEqual([false, true]);
    const after = await writes(c.id);
    expect(await answerCheckIn(c.token, "CAME_HOME")).toMatchObject({ repeated: true });
    await expect(answerCheckIn(c.token, "STILL_MISSING")).rejects.toBeInstanceOf(CheckInLinkError);
    await expect(answerCheckIn(c.token, "STILL_MISSING")).rejects.toMatchObject({ problem: "used" });
    expect(await writes(c.id)).toEqual(after);
    expect(after.items).toBe(1);
    expect(await lookUpCheckIn(c.token)).toEqual({ ok: false, problem: "used" });
  });

  it("still missing records the answer and tells no inbox", async () => {
    const c = await askedCase();
    await answerCheckIn(c.token, "STILL_MISSING");
    expect(await writes(c.id)).toMatchObject({ items: 0, answered: 1 });
  });
});

describe("links that can no longer be answered", () => {
  it("an expired link and a closed case say so and write nothing", async () => {
    const expired = await askedCase();
    await testDb.db.checkIn.update({
      where: { id: expired.checkInId },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const closed = await askedCase();
    await testDb.db.case.update({ where: { id: closed.id }, data: { status: "CLOSED" } });
    for (const [c, problem] of [
      [expired, "expired"],
      [closed, "closed"],
    ] as const) {
      const before = await writes(c.id);
      expect(await lookUpCheckIn(c.token)).toEqual({ ok: false, problem });
      await expect(answerCheckIn(c.token, "CAME_HOME")).rejects.toMatchObject({ problem });
      expect(await writes(c.id)).toEqual(before);
    }
  });
});

describe("the problem page", () => {
  const get = (locale: string, token: string) =>
    problemGet(new Request("http://x/"), { params: Promise.resolve({ locale, token }) });

  it("answers 404 for a forged link, 410 for a used one, in the link's language; a good link goes back", async () => {
    const c = await askedCase();
    const good = await get("es", c.token);
    expect(good.status).toBe(303);
    expect(good.headers.get("location")).toBe(`/es/check-in/${c.token}`);
    const forged = await get("fr", c.token.slice(0, -1));
    expect(forged.status).toBe(404);
    expect(await forged.text()).toContain("Ce lien n&#39;est pas valide.");
    await answerCheckIn(c.token, "STILL_MISSING");
    const used = await get("en", c.token);
    expect(used.status).toBe(410);
    expect(used.headers.get("cache-control")).toBe("no-store");
    const html = await used.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("This link has already been answered.");
    expect(html).not.toContain(c.caseNumber);
  });
});

describe("the track page's add-information form", () => {
  it("adds a FAMILY_NOTE event and an inbox item; a double post writes once; wrong code and closed cases are refused", async () => {
    const c = await familyCase(testDb.db, 3, { assignedUserId: officer.id });
    await addFamilyNote(c.caseNumber, c.trackingCode, { body: "Una vecina la vio en la terminal" });
    await addFamilyNote(c.caseNumber, c.trackingCode, { body: "Una vecina la vio en la terminal" });
    const notes = await testDb.db.caseEvent.findMany({ where: { caseId: c.id, type: "FAMILY_NOTE" } });
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ actorKind: "REPORTER", body: "Una vecina la vio en la terminal" });
    const item = (await inboxOf(officer)).find((e) => e.case?.caseNumber === c.caseNumber);
    expect(item).toMatchObject({ reasons: ["FAMILY_NOTE"], body: null });
    await expect(addFamilyNote(c.caseNumber, "WRONG-CODE", { body: "x" })).rejects.toBeInstanceOf(
      ClaimNotFoundError,
    );
    await testDb.db.case.update({ where: { id: c.id }, data: { status: "CLOSED" } });
    await expect(addFamilyNote(c.caseNumber, c.trackingCode, { body: "y" })).rejects.toMatchObject({
      key: "checkins:note.closed",
    });
    expect(await testDb.db.caseEvent.count({ where: { caseId: c.id, type: "FAMILY_NOTE" } })).toBe(1);
  });
});
