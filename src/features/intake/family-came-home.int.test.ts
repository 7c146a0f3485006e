// "The person came home" from the track page, against the real database: it leaves what the
// check-in link's answer leaves (a REPORTER event, one task in the officer's inbox) and never
// closes the case; a retry, a double submit or an earlier answer by link writes nothing more; a
// wrong code is refused like a missing case and writes nothing; the form post is rate-limited
// and needs its box ticked; the schedule sends such a family no more "Still missing?".
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { listInbox } from "@/features/inbox/data";
import { InboxFilter } from "@/features/inbox/schemas";
import { familyCase } from "@/features/check-ins/test-helpers";
import { answerCheckIn } from "@/features/check-ins/answer";
import { sendDueCheckIns } from "@/features/check-ins/schedule";
import { signCheckIn } from "@/server/outbox/check-in-token";
import { setJobEngine } from "@/server/jobs";
import { JobEngine } from "@/server/jobs/engine";
import { jobDefinition } from "@/server/jobs/registry";
import type { Viewer } from "@/server/viewer";
import { closeAppTestDb, openAppTestDb, type TestDb } from "@/testing/test-db";
import { makeViewer } from "@/testing/viewers";
import { ClaimNotFoundError } from "./claim-status";
import { reportCameHome } from "./family-came-home";
import { lookUpClaim, reportCameHomeAction } from "./track-actions";
import { readTrackState } from "./track-session";

// What Next gives the action: one client address and a cookie jar (the track cookie).
const request = vi.hoisted(() => ({ ip: "203.0.113.40", jar: new Map<string, string>() }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-reencuentro-client-ip": request.ip }),
  cookies: async () => ({
    get: (name: string) => (request.jar.has(name) ? { name, value: request.jar.get(name)! } : undefined),
    set: (name: string, value: string) => void request.jar.set(name, value),
    delete: (name: string) => void request.jar.delete(name),
  }),
}));

let testDb: TestDb;
let engine: JobEngine;
let officer: Viewer;

const tasks = async (v: Viewer, caseNumber: string) =>
  (await listInbox(v, InboxFilter.parse({ kind: "CHECK_IN" }))).filter(
    (e) => e.case?.caseNumber === caseNumber && e.reasons.includes("CAME_HOME"),
  );
const writes = async (caseId: string) => ({
  events: await testDb.db.caseEvent.count({ where: { caseId } }),
  items: await testDb.db.inboxItem.count({ where: { caseId } }),
});
const openCase = () => familyCase(testDb.db, 20, { assignedUserId: officer.id });

async function post(action: (f: FormData) => Promise<never>, fields: Record<string, string>) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  try {
    await action(form);
  } catch (err) {
    if (!String((err as { digest?: unknown }).digest ?? "").startsWith("NEXT_REDIRECT")) throw err;
  }
  return readTrackState();
}

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET ??= "test-secret-for-check-in-links";
  testDb = await openAppTestDb();
  await import("@/server/outbox/jobs");
  engine = new JobEngine({ prisma: testDb.db, url: testDb.url });
  setJobEngine(engine);
  await engine.ensureQueues([jobDefinition("message-deliver")!]);
  officer = await makeViewer(testDb.db, "POLICE", "BZ");
});

afterAll(async () => {
  delete process.env.RATE_LIMIT_MULTIPLIER;
  await engine?.stop(2000);
  setJobEngine(undefined);
  await closeAppTestDb(testDb);
});

describe("reportCameHome", () => {
  it("writes a reporter event and one task for the officer; the case stays open", async () => {
    const c = await openCase();
    expect(await reportCameHome(c.caseNumber, c.trackingCode)).toEqual({ repeated: false });
    const events = await testDb.db.caseEvent.findMany({
      where: { caseId: c.id, type: "CHECK_IN_ANSWERED" },
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorKind: "REPORTER", field: "track", newValue: "CAME_HOME" });
    const [task, ...more] = await tasks(officer, c.caseNumber);
    expect(more).toHaveLength(0);
    expect(task).toMatchObject({ kind: "CHECK_IN", reasons: ["CAME_HOME"], body: null });
    const after = await testDb.db.case.findUniqueOrThrow({ where: { id: c.id }, select: { status: true } });
    expect(after.status).toBe("VERIFIED");
  });

  it("a retry and a double submit write it once", async () => {
    const c = await openCase();
    const answers = await Promise.all([1, 2, 3].map(() => reportCameHome(c.caseNumber, c.trackingCode)));
    expect(answers.filter((a) => !a.repeated)).toHaveLength(1);
    expect(await reportCameHome(c.caseNumber, c.trackingCode)).toEqual({ repeated: true });
    expect(await testDb.db.caseEvent.count({ where: { caseId: c.id, type: "CHECK_IN_ANSWERED" } })).toBe(1);
    expect(await tasks(officer, c.caseNumber)).toHaveLength(1);
  });

  it("after 'came home' by a check-in link it is a repeat, and no more check-ins are sent", async () => {
    const c = await openCase();
    await sendDueCheckIns(testDb.db);
    const k = await testDb.db.checkIn.findFirstOrThrow({ where: { caseId: c.id } });
    await answerCheckIn(signCheckIn(k.id, "EMAIL"), "CAME_HOME");
    expect(await reportCameHome(c.caseNumber, c.trackingCode)).toEqual({ repeated: true });
    expect(await tasks(officer, c.caseNumber)).toHaveLength(1);

    // Said on the track page only: 70 days after filing, check-in 2 would be due.
    const home = await familyCase(testDb.db, 70, { assignedUserId: officer.id });
    await reportCameHome(home.caseNumber, home.trackingCode);
    await sendDueCheckIns(testDb.db);
    expect(await testDb.db.checkIn.count({ where: { caseId: home.id } })).toBe(0);
  });

  it("a wrong code or an unknown number is refused alike and writes nothing", async () => {
    const c = await openCase();
    const before = await writes(c.id);
    await expect(reportCameHome(c.caseNumber, "WRONG-CODE-0000")).rejects.toBeInstanceOf(ClaimNotFoundError);
    await expect(reportCameHome("BZ-2026-999999", c.trackingCode)).rejects.toBeInstanceOf(ClaimNotFoundError);
    expect(await writes(c.id)).toEqual(before);
  });

  it("a closed case is refused and writes nothing", async () => {
    const c = await familyCase(testDb.db, 20, { assignedUserId: officer.id, status: "CLOSED" });
    const before = await writes(c.id);
    await expect(reportCameHome(c.caseNumber, c.trackingCode)).rejects.toMatchObject({
      key: "checkins:note.closed",
    });
    expect(await writes(c.id)).toEqual(before);
  });
});

describe("the track page's form post", () => {
  const verify = (c: { caseNumber: string; trackingCode: string }) =>
    post(lookUpClaim, { caseNumber: c.caseNumber, trackingCode: c.trackingCode, locale: "es" });

  it("needs the box ticked, then tells the family; a second post says it is already known", async () => {
    process.env.RATE_LIMIT_MULTIPLIER = "100";
    request.ip = "203.0.113.41";
    request.jar.clear();
    const c = await openCase();
    expect(await verify(c)).toMatchObject({ caseNumber: c.caseNumber, trackingCode: expect.any(String) });
    const before = await writes(c.id);
    expect(await post(reportCameHomeAction, { locale: "es" })).toMatchObject({
      fieldErrors: { confirm: "checkins:cameHome.confirmRequired" },
    });
    expect(await writes(c.id)).toEqual(before);
    expect(await post(reportCameHomeAction, { locale: "es", confirm: "yes" })).toMatchObject({
      notice: "checkins:cameHome.done",
    });
    expect(await post(reportCameHomeAction, { locale: "es", confirm: "yes" })).toMatchObject({
      notice: "checkins:cameHome.already",
    });
    expect(await tasks(officer, c.caseNumber)).toHaveLength(1);
  });

  it("without a verified pair (a wrong code) it is refused and names no case", async () => {
    process.env.RATE_LIMIT_MULTIPLIER = "100";
    request.ip = "203.0.113.42";
    request.jar.clear();
    const c = await openCase();
    const wrong = await verify({ caseNumber: c.caseNumber, trackingCode: "WRONG-CODE-0000" });
    expect(wrong?.trackingCode).toBeUndefined();
    const state = await post(reportCameHomeAction, { locale: "es", confirm: "yes" });
    expect(state).toMatchObject({ error: "track:errors.expired" });
    expect(JSON.stringify(state)).not.toContain("Marisol");
    expect(await tasks(officer, c.caseNumber)).toHaveLength(0);
  });

  it("is rate-limited per client like the other track forms, and then writes nothing", async () => {
    process.env.RATE_LIMIT_MULTIPLIER = "0.1"; // the add-information limit: 10 an hour -> 1
    request.ip = "203.0.113.43";
    request.jar.clear();
    const [a, b] = [await openCase(), await openCase()];
    process.env.RATE_LIMIT_MULTIPLIER = "100";
    await verify(a);
    process.env.RATE_LIMIT_MULTIPLIER = "0.1";
    expect(await post(reportCameHomeAction, { locale: "es", confirm: "yes" })).toMatchObject({
      notice: "checkins:cameHome.done",
    });
    process.env.RATE_LIMIT_MULTIPLIER = "100";
    await verify(b);
    process.env.RATE_LIMIT_MULTIPLIER = "0.1";
    const before = await writes(b.id);
    expect(await post(reportCameHomeAction, { locale: "es", confirm: "yes" })).toMatchObject({
      error: "common:errors.rateLimited",
    });
    expect(await writes(b.id)).toEqual(before);
  });
});
