// A photo the family adds after filing is held from the public pages until an officer of the case
// releases it (decision 182): a case already on the bulletin must not publish an unreviewed
// photo the moment it is uploaded.
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { getBulletinCase, getPublicPhoto } from "@/features/bulletin/data";
import { makeCase } from "@/features/bulletin/test-helpers";
import { getCaseForViewer, releaseHeldPhoto } from "@/features/cases/data";
import { makeViewer } from "@/testing/viewers";
import { withTestDb } from "@/testing/with-test-db";
import { addFamilyPhoto } from "./family-photo";

const env = withTestDb({ uploads: true });

const jpeg = () =>
  sharp({ create: { width: 640, height: 480, channels: 3, background: "#864" } })
    .jpeg()
    .toBuffer();

const publicIdOf = async (caseId: string) =>
  (await env.db.case.findUniqueOrThrow({ where: { id: caseId }, select: { publicId: true } })).publicId;

describe("a family photo on a case already on the bulletin", () => {
  it("stays off the public pages until an officer of the case releases it, once", async () => {
    const c = await makeCase(env.db, { country: "BO", status: "ACTIVE", photos: 1 });
    const publicId = await publicIdOf(c.id);
    const before = await getBulletinCase(publicId);
    expect(before?.photos).toHaveLength(1);

    await addFamilyPhoto(c.caseNumber, c.trackingCode, await jpeg());
    const added = await env.db.casePhoto.findFirstOrThrow({ where: { caseId: c.id, position: 1 } });
    expect(added.heldForReviewAt).not.toBeNull();
    // The public page, the public photo route and (through the same select) feeds and posters.
    expect((await getBulletinCase(publicId))?.photos.map((p) => p.id)).toEqual(
      before!.photos.map((p) => p.id),
    );
    expect(await getPublicPhoto(added.id)).toBeNull();

    // Staff see it at once, marked as held.
    const officer = await makeViewer(env.db, "POLICE", "BO");
    const view = await getCaseForViewer(officer, c.caseNumber, "VIEW");
    expect(view.access).toBe("full");
    const held = (view.photos ?? []) as { id: string; heldForReviewAt?: Date | null }[];
    expect(held.find((p) => p.id === added.id)?.heldForReviewAt).toBeInstanceOf(Date);

    // Police of another country cannot release it (the data layer's write scope); nothing changes.
    const other = await makeViewer(env.db, "POLICE", "PE");
    await expect(releaseHeldPhoto(other, { caseNumber: c.caseNumber, photoId: added.id })).rejects.toThrow();
    expect(await getPublicPhoto(added.id)).toBeNull();

    await releaseHeldPhoto(officer, { caseNumber: c.caseNumber, photoId: added.id });
    await releaseHeldPhoto(officer, { caseNumber: c.caseNumber, photoId: added.id }); // a retry
    expect(await getPublicPhoto(added.id)).toMatchObject({ id: added.id });
    expect((await getBulletinCase(publicId))?.photos.map((p) => p.id)).toContain(added.id);
    const events = await env.db.caseEvent.findMany({ where: { caseId: c.id, type: "PHOTO_RELEASED" } });
    expect(events.map((e) => [e.actorKind, e.actorUserId, e.newValue])).toEqual([["STAFF", officer.id, "2"]]);
  });

  it("refuses a photo of another case, and a trainer or NGO outside the case's country", async () => {
    const c = await makeCase(env.db, { country: "BO", status: "ACTIVE" });
    const d = await makeCase(env.db, { country: "BO", status: "ACTIVE" });
    await addFamilyPhoto(d.caseNumber, d.trackingCode, await jpeg());
    const photo = await env.db.casePhoto.findFirstOrThrow({ where: { caseId: d.id } });
    const officer = await makeViewer(env.db, "POLICE", "BO");
    await expect(
      releaseHeldPhoto(officer, { caseNumber: c.caseNumber, photoId: photo.id }),
    ).rejects.toMatchObject({
      key: "cases:photoReview.unknown",
      status: 404,
    });
    for (const [role, country] of [
      ["TRAINER", "BO"],
      ["NGO", "PE"],
    ] as const) {
      const v = await makeViewer(env.db, role, country);
      await expect(releaseHeldPhoto(v, { caseNumber: d.caseNumber, photoId: photo.id })).rejects.toThrow();
    }
    expect(
      (await env.db.casePhoto.findUniqueOrThrow({ where: { id: photo.id } })).heldForReviewAt,
    ).not.toBeNull();
    expect(await env.db.caseEvent.count({ where: { caseId: d.id, type: "PHOTO_RELEASED" } })).toBe(0);
  });
});
