import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/server/viewer";
import { fileCase, makePracticeSession } from "../cases/test-fixtures";
import {
  addInboxItem,
  countUnread,
  countUnreadByKind,
  listInbox,
  markInboxItem,
  notifyCaseTeam,
} from "./data";
import { InboxFilter } from "./schemas";
import { makeViewer } from "@/testing/viewers";
import { closeAppTestDb, openAppTestDb, type TestDb } from "@/testing/test-db";

let testDb: TestDb;
let policeBz: Viewer;
let policeBzToledo: Viewer;
let policeGt: Viewer;
let ngoBz: Viewer;
let ngoGt: Viewer;
let trainerBz: Viewer;
let adminBz: Viewer;
let cayo: string;
let toledo: string;

const open = InboxFilter.parse({});
const ids = async (v: Viewer, filter = open) => (await listInbox(v, filter)).map((e) => e.id);

async function item(
  kind: "NEW_CLAIM" | "ALERT" | "TIP",
  to: Parameters<typeof addInboxItem>[1]["to"],
  caseId?: string,
) {
  await testDb.db.$transaction((tx) =>
    addInboxItem(tx, { kind, to, caseId, dedupeKey: crypto.randomUUID() }),
  );
  return testDb.db.inboxItem.findFirstOrThrow({ orderBy: { createdAt: "desc" }, select: { id: true } });
}

beforeAll(async () => {
  testDb = await openAppTestDb();
  const db = testDb.db;
  cayo = (await db.region.findUniqueOrThrow({ where: { code: "BZ-CY" } })).id;
  toledo = (await db.region.findUniqueOrThrow({ where: { code: "BZ-TOL" } })).id;
  policeBz = await makeViewer(db, "POLICE", "BZ");
  policeBzToledo = { ...(await makeViewer(db, "POLICE", "BZ")), regionId: toledo };
  await db.user.update({ where: { id: policeBzToledo.id }, data: { regionId: toledo } });
  policeGt = await makeViewer(db, "POLICE", "GT");
  ngoBz = await makeViewer(db, "NGO", "BZ");
  ngoGt = await makeViewer(db, "NGO", "GT");
  trainerBz = await makeViewer(db, "TRAINER", "BZ");
  adminBz = await makeViewer(db, "ADMIN", "BZ", { isSuperAdmin: true });
});
afterAll(() => closeAppTestDb(testDb));

describe("inbox scope", () => {
  it("a country audience reaches its staff in those roles, and nobody else", async () => {
    const c = await fileCase(testDb.db, "BZ");
    const it1 = await item(
      "NEW_CLAIM",
      { countryCode: "BZ", roles: ["POLICE", "NGO"], regionId: cayo },
      c.id,
    );
    expect(await ids(policeBz)).toContain(it1.id);
    expect(await ids(ngoBz)).toContain(it1.id);
    // A Toledo officer does not get Cayo's new claims; GT staff and a trainer get nothing.
    expect(await ids(policeBzToledo)).not.toContain(it1.id);
    expect(await ids(policeGt)).not.toContain(it1.id);
    expect(await ids(ngoGt)).not.toContain(it1.id);
    expect(await ids(trainerBz)).toEqual([]);
    expect(await ids(adminBz)).toEqual([]);
    expect(await countUnread(trainerBz)).toBe(0);
  });

  it("an item about a case the viewer may not read is hidden (NGO of another country)", async () => {
    const bz = await fileCase(testDb.db, "BZ");
    // Addressed (wrongly) to GT's NGO staff: the case read scope still hides it.
    const it1 = await item("ALERT", { countryCode: "GT", roles: ["POLICE", "NGO"] }, bz.id);
    expect(await ids(policeGt)).toContain(it1.id);
    expect(await ids(ngoGt)).not.toContain(it1.id);
    await expect(markInboxItem(ngoGt, it1.id, "read")).rejects.toThrow(/notFound/);
    expect(await testDb.db.inboxReceipt.count({ where: { itemId: it1.id } })).toBe(0);
  });

  it("a practice login sees nothing, even addressed to it", async () => {
    const session = await makePracticeSession(testDb.db, "BZ", trainerBz.id);
    const practice = await makeViewer(testDb.db, "POLICE", "BZ", { practiceSessionId: session.id });
    const it1 = await item("NEW_CLAIM", { userId: practice.id });
    expect(await ids(practice)).not.toContain(it1.id);
    expect(await ids(policeBz)).not.toContain(it1.id);
  });

  it("read and done are per user; done leaves the open view", async () => {
    const c = await fileCase(testDb.db, "BZ");
    const it1 = await item("NEW_CLAIM", { countryCode: "BZ", roles: ["POLICE"] }, c.id);
    const before = await countUnread(policeBz);
    await markInboxItem(policeBz, it1.id, "read");
    expect(await countUnread(policeBz)).toBe(before - 1);
    expect(await ids(policeBz, InboxFilter.parse({ state: "unread" }))).not.toContain(it1.id);
    expect(await ids(policeBzToledo, InboxFilter.parse({ state: "unread" }))).toContain(it1.id);
    await markInboxItem(policeBz, it1.id, "done");
    expect(await ids(policeBz)).not.toContain(it1.id);
    expect(await ids(policeBz, InboxFilter.parse({ state: "done" }))).toContain(it1.id);
    expect(await ids(policeBzToledo)).toContain(it1.id);
    await markInboxItem(policeBz, it1.id, "reopen");
    expect(await ids(policeBz)).toContain(it1.id);
  });

  it("the kind filter lists that kind only; unread counts per kind and in the header follow reads", async () => {
    const me = await makeViewer(testDb.db, "POLICE", "GT");
    const c = await fileCase(testDb.db, "GT");
    // Earlier tests leave items for all of GT's police: counts are taken relative to them.
    const base = await countUnreadByKind(me);
    const plus = (kind: "TIP" | "ALERT", n: number) => (base[kind] ?? 0) + n;
    const tips = [await item("TIP", { userId: me.id }, c.id), await item("TIP", { userId: me.id }, c.id)];
    const alert = await item("ALERT", { userId: me.id }, c.id);
    const mine = (e: { id: string }) => [...tips, alert].some((i) => i.id === e.id);
    const listed = async (filter: object) => (await listInbox(me, InboxFilter.parse(filter))).filter(mine);
    expect((await listed({ kind: "TIP" })).map((e) => e.id).sort()).toEqual(tips.map((t) => t.id).sort());
    expect((await listed({ kind: "ALERT" })).map((e) => e.id)).toEqual([alert.id]);
    expect(await listed({ kind: "MATCH" })).toEqual([]);
    expect(await countUnreadByKind(me)).toMatchObject({ TIP: plus("TIP", 2), ALERT: plus("ALERT", 1) });
    const header = await countUnread(me);
    await markInboxItem(me, tips[0]!.id, "read");
    expect(await countUnreadByKind(me)).toMatchObject({ TIP: plus("TIP", 1), ALERT: plus("ALERT", 1) });
    expect(await countUnread(me)).toBe(header - 1);
    expect((await listed({ kind: "TIP", state: "unread" })).map((e) => e.id)).toEqual([tips[1]!.id]);
    // Done leaves the unread counts too; another officer's counts never move.
    await markInboxItem(me, alert.id, "done");
    expect((await countUnreadByKind(me)).ALERT ?? 0).toBe(plus("ALERT", 0));
    expect((await countUnreadByKind(policeGt)).TIP ?? 0).toBe(base.TIP ?? 0);
  });

  it("a repeated dedupe key writes once and does not abort the transaction", async () => {
    const c = await fileCase(testDb.db, "BZ");
    const key = `test:${c.id}`;
    const results = await testDb.db.$transaction(async (tx) => [
      await addInboxItem(tx, { kind: "TIP", to: { userId: policeBz.id }, caseId: c.id, dedupeKey: key }),
      await addInboxItem(tx, { kind: "TIP", to: { userId: policeBz.id }, caseId: c.id, dedupeKey: key }),
      await tx.case.count({ where: { id: c.id } }),
    ]);
    expect(results).toEqual([true, false, 1]);
  });

  it("notifyCaseTeam reaches the assigned officer, else the case's country team", async () => {
    const unassigned = await fileCase(testDb.db, "GT");
    await testDb.db.$transaction((tx) => notifyCaseTeam(tx, unassigned.id, { kind: "TIP" }));
    const teamItem = await testDb.db.inboxItem.findFirstOrThrow({ where: { caseId: unassigned.id } });
    expect(teamItem).toMatchObject({ audienceCountryCode: "GT", audienceRoles: ["POLICE", "NGO"] });
    expect(await ids(ngoGt)).toContain(teamItem.id);

    const assigned = await fileCase(testDb.db, "BZ");
    await testDb.db.case.update({ where: { id: assigned.id }, data: { assignedUserId: policeBz.id } });
    await testDb.db.$transaction((tx) =>
      notifyCaseTeam(tx, assigned.id, { kind: "CHECK_IN", reasons: ["CAME_HOME"] }),
    );
    const mine = (await listInbox(policeBz, open)).find((e) => e.case?.caseNumber === assigned.caseNumber);
    expect(mine).toMatchObject({ kind: "CHECK_IN", reasons: ["CAME_HOME"] });
    expect((await listInbox(ngoBz, open)).some((e) => e.case?.caseNumber === assigned.caseNumber)).toBe(
      false,
    );
  });

  it("the database refuses an item with no address or two", async () => {
    await expect(testDb.db.inboxItem.create({ data: { kind: "TIP", audienceRoles: [] } })).rejects.toThrow(
      /InboxItem_one_address/,
    );
    await expect(
      testDb.db.inboxItem.create({
        data: {
          kind: "TIP",
          recipientUserId: policeBz.id,
          audienceCountryCode: "BZ",
          audienceRoles: ["POLICE"],
        },
      }),
    ).rejects.toThrow(/InboxItem_one_address/);
  });
});
