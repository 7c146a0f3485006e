// The track page's "Add a photo" (issue 12: the add-information form takes details or a photo).
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { listInbox } from "@/features/inbox/data";
import { InboxFilter } from "@/features/inbox/schemas";
import { fileCase } from "@/features/cases/test-fixtures";
import { makeViewer } from "@/testing/viewers";
import { withTestDb } from "@/testing/with-test-db";
import { ClaimNotFoundError } from "./claim-status";
import { PhotoRefusedError } from "./claim-photo";
import { addFamilyPhoto } from "./family-photo";

const env = withTestDb({ uploads: true });

const jpeg = () =>
  sharp({ create: { width: 640, height: 480, channels: 3, background: "#468" } })
    .jpeg()
    .withExif({ IFD0: { Make: "TestCam" } })
    .toBuffer();

const photosOf = (caseId: string) =>
  env.db.casePhoto.findMany({
    where: { caseId },
    orderBy: { position: "asc" },
    select: { position: true, mimeType: true },
  });

describe("a photo from the track page", () => {
  it("is stored in the first free place, logged as the family's and tells the assigned officer", async () => {
    const officer = await makeViewer(env.db, "POLICE", "BO");
    const c = await fileCase(env.db, "BO");
    await env.db.case.update({ where: { id: c.id }, data: { status: "ACTIVE", assignedUserId: officer.id } });
    await addFamilyPhoto(c.caseNumber, c.trackingCode, await jpeg());
    expect(await photosOf(c.id)).toEqual([{ position: 0, mimeType: "image/jpeg" }]);
    const events = await env.db.caseEvent.findMany({ where: { caseId: c.id, type: "PHOTO_ADDED" } });
    expect(events.map((e) => [e.actorKind, e.newValue])).toEqual([["REPORTER", "1"]]);
    const item = (await listInbox(officer, InboxFilter.parse({}))).find(
      (e) => e.case?.caseNumber === c.caseNumber,
    );
    expect(item).toMatchObject({ kind: "CHECK_IN", reasons: ["FAMILY_PHOTO"], body: null });
  });

  it("refuses a wrong code, a closed case, a file that is not an image and a fourth photo; writes nothing then", async () => {
    const c = await fileCase(env.db, "BO");
    await env.db.case.update({ where: { id: c.id }, data: { status: "VERIFIED" } });
    await expect(addFamilyPhoto(c.caseNumber, "WRONG-CODE", await jpeg())).rejects.toBeInstanceOf(
      ClaimNotFoundError,
    );
    await expect(
      addFamilyPhoto(c.caseNumber, c.trackingCode, Buffer.from("not an image")),
    ).rejects.toBeInstanceOf(PhotoRefusedError);
    expect(await photosOf(c.id)).toEqual([]);
    for (let i = 0; i < 3; i++) await addFamilyPhoto(c.caseNumber, c.trackingCode, await jpeg());
    expect((await photosOf(c.id)).map((p) => p.position)).toEqual([0, 1, 2]);
    await expect(addFamilyPhoto(c.caseNumber, c.trackingCode, await jpeg())).rejects.toMatchObject({
      key: "checkins:photo.tooMany",
    });
    const other = await fileCase(env.db, "BO");
    await env.db.case.update({ where: { id: other.id }, data: { status: "CLOSED" } });
    await expect(addFamilyPhoto(other.caseNumber, other.trackingCode, await jpeg())).rejects.toMatchObject({
      key: "checkins:note.closed",
    });
    expect(await photosOf(other.id)).toEqual([]);
    expect(await env.db.caseEvent.count({ where: { caseId: c.id, type: "PHOTO_ADDED" } })).toBe(3);
  });
});
