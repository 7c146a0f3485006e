// The retention run on a real database (decision 143): the dry run counts exactly what the run
// then does; soft-deleted claims vanish from the lookup and the case page; an admin's undo within
// three days restores them; after three days the next run deletes or anonymises for good.
import { beforeAll, describe, expect, it } from "vitest";
import { makeCase } from "@/features/bulletin/test-helpers";
import { getCaseForViewer, searchCases } from "@/features/cases/data";
import { SearchInput } from "@/features/cases/schemas";
import { getStatsForViewer } from "@/features/stats/data";
import { NotFoundError } from "@/server/errors";
import { SYSTEM_ACTOR, type SystemActor } from "@/server/policy";
import type { Viewer } from "@/server/viewer";
import type { CreatedCase } from "@/testing/factories";
import { makeViewer } from "@/testing/viewers";
import { withTestDb } from "@/testing/with-test-db";
import { daysBefore } from "./planner";
import { applyRetention, reportRetention } from "./run";
import { getRetentionDryRun, listUndoable, restoreRetained } from "./undo-data";

const env = withTestDb({ uploads: true });
const DAY = 86_400_000;
let superAdmin: Viewer, adminBo: Viewer, adminBz: Viewer, police: Viewer;
const statsAt = new Date();
// Bolivia: the super-admin's own country, the figures they see exact (decision 177).
const stats = () => getStatsForViewer(superAdmin, { country: "BO" }, statsAt);
let statsStart: Awaited<ReturnType<typeof stats>>;
let rejectedOld: CreatedCase, rejectedNew: CreatedCase, closedOld: CreatedCase, located: CreatedCase;

const age = (id: string, days: number) =>
  env.db.$executeRawUnsafe(
    `UPDATE "Case" SET "updatedAt" = $1 WHERE id = $2::uuid`,
    daysBefore(new Date(), days),
    id,
  );
const lookup = async (q: string) =>
  (await searchCases(police, SearchInput.parse({ q }))).rows.map((r: { caseNumber: string }) => r.caseNumber);
const counts = (r: Awaited<ReturnType<typeof reportRetention>>) =>
  Object.fromEntries(r.selections.map((s) => [s.kind, s.count]));

beforeAll(async () => {
  superAdmin = await makeViewer(env.db, "ADMIN", "BO", { isSuperAdmin: true });
  adminBo = await makeViewer(env.db, "ADMIN", "BO");
  adminBz = await makeViewer(env.db, "ADMIN", "BZ");
  police = await makeViewer(env.db, "POLICE", "BO");
  rejectedOld = await makeCase(env.db, {
    status: "REJECTED",
    givenNames: "Zacarías",
    familyNames: "Quispeluz",
  });
  rejectedNew = await makeCase(env.db, { status: "REJECTED" });
  closedOld = await makeCase(env.db, {
    status: "CLOSED",
    dateOfBirth: "2000-03-10",
    lastSeenAt: new Date("2020-03-09T12:00:00Z"),
  });
  located = await makeCase(env.db, { status: "LOCATED_ALIVE", photos: 2 });
  await env.db.caseEvent.create({
    data: {
      caseId: closedOld.id,
      actorKind: "STAFF",
      type: "NOTE_ADDED",
      body: "La madre vive en la calle Sucre 12",
    },
  });
  const logs = [3 * 365, 3 * 365, 30].map((d) => ({
    caseId: rejectedNew.id,
    userId: police.id,
    action: "VIEW",
    createdAt: new Date(Date.now() - d * DAY),
  }));
  await env.db.caseAccessLog.createMany({ data: logs });
  await age(rejectedOld.id, 100);
  await age(rejectedNew.id, 10);
  await age(closedOld.id, 6 * 365);
  await age(located.id, 40);
});

describe("the retention run", () => {
  it("is refused to anyone but the system actor, and does nothing then", async () => {
    await expect(applyRetention({ kind: "user" } as unknown as SystemActor, env.db)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(await env.db.case.count({ where: { deletedAt: { not: null } } })).toBe(0);
  });

  it("does exactly what its dry run reported", async () => {
    statsStart = await stats();
    const before = await lookup("Zacarías Quispeluz");
    expect(before).toContain(rejectedOld.caseNumber);
    const dry = await reportRetention(env.db, new Date());
    expect(counts(dry)).toEqual({ REJECTED_CASE: 1, CLOSED_CASE: 1, LOCATED_PHOTO: 2, ACCESS_LOG: 2 });
    expect(dry.selections.find((s) => s.kind === "REJECTED_CASE")?.caseNumbers).toEqual([
      rejectedOld.caseNumber,
    ]);
    // A country admin's dry run is their country only.
    expect(counts(await getRetentionDryRun(adminBz))).toEqual({
      REJECTED_CASE: 0,
      CLOSED_CASE: 0,
      LOCATED_PHOTO: 0,
      ACCESS_LOG: 0,
    });
    const run = await applyRetention(SYSTEM_ACTOR, env.db);
    expect(counts(run)).toEqual(counts(dry));
    expect(run.selections.map((s) => s.caseNumbers)).toEqual(dry.selections.map((s) => s.caseNumbers));
    expect(await env.db.caseAccessLog.count({ where: { caseId: rejectedNew.id } })).toBe(1);
    expect(await env.db.auditEvent.count({ where: { action: "retention.run", actorUserId: null } })).toBe(4);
  });

  it("hides soft-deleted claims and photos from the lookup and the case page", async () => {
    expect(await lookup("Zacarías Quispeluz")).not.toContain(rejectedOld.caseNumber);
    await expect(getCaseForViewer(police, rejectedOld.caseNumber, "VIEW")).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(getCaseForViewer(police, closedOld.caseNumber, "VIEW")).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect((await getCaseForViewer(police, located.caseNumber, "VIEW")).photos).toEqual([]);
    // Still in the database for the undo window.
    expect(await env.db.case.count({ where: { id: rejectedOld.id, deletedAt: { not: null } } })).toBe(1);
    expect(await env.db.casePhoto.count({ where: { caseId: located.id, deletedAt: { not: null } } })).toBe(2);
    expect(await env.db.case.count({ where: { id: rejectedOld.id } })).toBe(0);
  });

  it("an admin restores within three days, audited; nothing is taken again the next night", async () => {
    const undo = await listUndoable(adminBo);
    expect(undo.map((u) => u.caseNumber).sort()).toEqual(
      [rejectedOld.caseNumber, closedOld.caseNumber, located.caseNumber].sort(),
    );
    expect(await listUndoable(adminBz)).toEqual([]);
    await expect(restoreRetained(adminBz, { caseNumber: rejectedOld.caseNumber })).rejects.toThrow(
      "retention:errors.notRestorable",
    );
    await restoreRetained(adminBo, { caseNumber: rejectedOld.caseNumber });
    await restoreRetained(adminBo, { caseNumber: located.caseNumber });
    expect(await lookup("Zacarías Quispeluz")).toContain(rejectedOld.caseNumber);
    expect((await getCaseForViewer(police, located.caseNumber, "VIEW")).photos).toHaveLength(2);
    expect(
      await env.db.auditEvent.count({ where: { action: "retention.restore", actorUserId: adminBo.id } }),
    ).toBe(2);
    const again = await applyRetention(SYSTEM_ACTOR, env.db);
    expect(counts(again)).toEqual({ REJECTED_CASE: 0, CLOSED_CASE: 0, LOCATED_PHOTO: 0, ACCESS_LOG: 0 });
  });

  it("after three days the next run deletes and anonymises for good, keeping the statistics", async () => {
    await age(rejectedOld.id, 100);
    await applyRetention(SYSTEM_ACTOR, env.db);
    const later = new Date(Date.now() + 4 * DAY);
    const dry = await reportRetention(env.db, later);
    expect(dry.purge).toEqual({ deleteCases: 1, anonymiseCases: 1, photos: 0 });
    const run = await applyRetention(SYSTEM_ACTOR, env.db, later);
    expect(run.purge).toEqual(dry.purge);
    expect(await env.db.case.count({ where: { id: rejectedOld.id, deletedAt: undefined } })).toBe(0);
    expect(await env.db.caseEvent.count({ where: { caseId: rejectedOld.id } })).toBe(0);
    const anon = await env.db.case.findUniqueOrThrow({ where: { id: closedOld.id } });
    expect(anon).toMatchObject({
      givenNames: "",
      familyNames: "",
      reporterName: "",
      reporterPhone: null,
      identityDocument: null,
      medicalNeeds: null,
      dateOfBirth: null,
      approxAge: 19,
      status: "CLOSED",
      deletedAt: null,
    });
    expect(anon.anonymisedAt).not.toBeNull();
    const note = await env.db.caseEvent.findFirstOrThrow({
      where: { caseId: closedOld.id, type: "NOTE_ADDED" },
    });
    expect(note.body).toBeNull();
    expect(await stats()).toEqual(statsStart);
    await expect(restoreRetained(adminBo, { caseNumber: rejectedOld.caseNumber })).rejects.toThrow(
      "retention:errors.notRestorable",
    );
    expect(await env.db.auditEvent.count({ where: { action: "retention.purge" } })).toBe(2);
  });

  it("the history's free text stays append-only outside the anonymiser", async () => {
    await expect(
      env.db.caseEvent.updateMany({ where: { caseId: rejectedNew.id }, data: { body: null } }),
    ).rejects.toThrow(/append-only/);
    await expect(
      env.db.$queryRawUnsafe(`SELECT "case_event_anonymise"($1::uuid)`, rejectedNew.id),
    ).rejects.toThrow(/not anonymised/);
    await expect(
      env.db.$queryRawUnsafe(`SELECT "case_access_log_purge"(now()::timestamp, NULL, '{}')`),
    ).rejects.toThrow(/one-year floor/);
  });
});
