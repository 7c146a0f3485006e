// Photos of located people (issue 16, decision 143 point 3): off the public pages the moment the
// case is located; soft-deleted by the retention run 30 days on; an undo within three days gives
// back exactly the rows it took; past the window the next run deletes rows and files. run.int.test
// restores its located photos before the purge, so the purge of photos is held here.
import { beforeAll, describe, expect, it } from "vitest";
import { getBulletinCase, getPublicPhoto } from "@/features/bulletin/data";
import { makeCase } from "@/features/bulletin/test-helpers";
import { getCaseForViewer } from "@/features/cases/data";
import { SYSTEM_ACTOR } from "@/server/policy";
import { getStorage } from "@/server/storage";
import type { Viewer } from "@/server/viewer";
import type { CreatedCase } from "@/testing/factories";
import { makeViewer } from "@/testing/viewers";
import { withTestDb } from "@/testing/with-test-db";
import { daysBefore } from "./planner";
import { applyRetention, reportRetention } from "./run";
import { listUndoable, restoreRetained } from "./undo-data";

const env = withTestDb({ uploads: true });
const DAY = 86_400_000;
let police: Viewer, adminBo: Viewer;
let located: CreatedCase, recent: CreatedCase;
let keys: string[];

const age = (id: string, days: number) =>
  env.db.$executeRawUnsafe(
    `UPDATE "Case" SET "updatedAt" = $1 WHERE id = $2::uuid`,
    daysBefore(new Date(), days),
    id,
  );
/** Every photo row of the case, soft-deleted or not, in a stable order. */
const photoRows = (caseId: string) =>
  env.db.casePhoto.findMany({ where: { caseId, deletedAt: undefined }, orderBy: { position: "asc" } });
const photoCount = (r: Awaited<ReturnType<typeof reportRetention>>) =>
  r.selections.filter((s) => s.kind === "LOCATED_PHOTO").reduce((n, s) => n + s.count, 0);

beforeAll(async () => {
  police = await makeViewer(env.db, "POLICE", "BO");
  adminBo = await makeViewer(env.db, "ADMIN", "BO");
  // Published and on the bulletin while missing, with two real stored photos.
  located = await makeCase(env.db, { status: "ACTIVE", photos: 2 });
  recent = await makeCase(env.db, { status: "LOCATED_ALIVE", photos: 1 });
  const storage = getStorage();
  keys = [];
  for (const p of await photoRows(located.id)) {
    const [full, thumb] = [
      await storage.put(Buffer.from(`full ${p.id}`)),
      await storage.put(Buffer.from(`t ${p.id}`)),
    ];
    keys.push(full, thumb);
    await env.db.casePhoto.update({ where: { id: p.id }, data: { storageKey: full, thumbKey: thumb } });
  }
});

describe("photos of a located person", () => {
  it("leave the public pages the moment the case is located", async () => {
    const [photo] = await photoRows(located.id);
    expect(await getBulletinCase(located.publicId)).not.toBeNull();
    expect(await getPublicPhoto(photo!.id)).not.toBeNull();
    await env.db.case.update({ where: { id: located.id }, data: { status: "LOCATED_ALIVE" } });
    expect(await getBulletinCase(located.publicId)).toBeNull();
    expect(await getPublicPhoto(photo!.id)).toBeNull();
  });

  it("are taken 30 days on, not before; an undo gives back exactly the rows taken", async () => {
    await age(located.id, 31);
    await age(recent.id, 10);
    const before = await photoRows(located.id);
    const dry = await reportRetention(env.db, new Date());
    expect(photoCount(dry)).toBe(2);
    const run = await applyRetention(SYSTEM_ACTOR, env.db);
    expect(photoCount(run)).toBe(2);
    expect((await getCaseForViewer(police, located.caseNumber, "VIEW")).photos).toEqual([]);
    expect((await getCaseForViewer(police, recent.caseNumber, "VIEW")).photos).toHaveLength(1);
    expect((await listUndoable(adminBo)).map((u) => u.caseNumber)).toEqual([located.caseNumber]);
    await restoreRetained(adminBo, { caseNumber: located.caseNumber });
    expect(await photoRows(located.id)).toEqual(before);
  });

  it("past the undo window the next run deletes the rows and the stored files", async () => {
    await age(located.id, 31);
    await applyRetention(SYSTEM_ACTOR, env.db);
    expect(await photoRows(located.id)).toHaveLength(2);
    const later = new Date(Date.now() + 4 * DAY);
    expect((await reportRetention(env.db, later)).purge.photos).toBe(2);
    expect((await applyRetention(SYSTEM_ACTOR, env.db, later)).purge.photos).toBe(2);
    expect(await photoRows(located.id)).toEqual([]);
    for (const k of keys) expect(await getStorage().get(k)).toBeNull();
    // The case itself stays; only its photos went. The recent one keeps its photo.
    expect(await env.db.case.count({ where: { id: located.id } })).toBe(1);
    expect(await photoRows(recent.id)).toHaveLength(1);
  });
});
