import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { NotFoundError } from "@/server/errors";
import { goodClaim } from "./claim-fixtures";
import { addClaimPhoto, CLAIM_PHOTO_WINDOW_MS, PhotoRefusedError } from "./claim-photo";
import { fileClaim } from "./file-claim";
import { withTestDb } from "@/testing/with-test-db";

const env = withTestDb({ uploads: true });

const jpeg = (width = 800, height = 600) =>
  sharp({ create: { width, height, channels: 3, background: "#468" } })
    .jpeg()
    .withExif({ IFD0: { Make: "TestCam" } })
    .withMetadata({ orientation: 6 })
    .toBuffer();

async function filed() {
  const claim = goodClaim();
  const res = await fileClaim(claim);
  const row = await env.db.case.findUniqueOrThrow({ where: { caseNumber: res.caseNumber } });
  return { submissionId: claim.submissionId, caseId: row.id };
}

const photosOf = (caseId: string) =>
  env.db.casePhoto.findMany({ where: { caseId }, orderBy: { position: "asc" } });

describe("addClaimPhoto", () => {
  it("stores the photo re-encoded and upright at its position, with a PHOTO_ADDED event", async () => {
    const { submissionId, caseId } = await filed();
    expect(await addClaimPhoto({ submissionId, position: 1 }, await jpeg())).toEqual({ stored: true });
    const photos = await photosOf(caseId);
    // Orientation 6: the 800x600 file is a portrait photo once upright.
    expect(photos.map((p) => [p.position, p.width, p.height, p.mimeType])).toEqual([
      [1, 600, 800, "image/jpeg"],
    ]);
    const events = await env.db.caseEvent.findMany({ where: { caseId, type: "PHOTO_ADDED" } });
    expect(events.map((e) => [e.actorKind, e.newValue])).toEqual([["REPORTER", "2"]]);
  });

  it("stores a position once: a retry whose answer was lost, or two racing copies, add nothing", async () => {
    const { submissionId, caseId } = await filed();
    const photo = await jpeg();
    const results = await Promise.all([
      addClaimPhoto({ submissionId, position: 0 }, photo),
      addClaimPhoto({ submissionId, position: 0 }, photo),
    ]);
    expect(results.map((r) => r.stored).sort()).toEqual([false, true]);
    expect(await addClaimPhoto({ submissionId, position: 0 }, photo)).toEqual({ stored: false });
    expect(await photosOf(caseId)).toHaveLength(1);
    expect(await env.db.caseEvent.count({ where: { caseId, type: "PHOTO_ADDED" } })).toBe(1);
  });

  it("refuses an unknown submission id, and a claim past the window, and writes nothing", async () => {
    await expect(
      addClaimPhoto({ submissionId: crypto.randomUUID(), position: 0 }, await jpeg()),
    ).rejects.toBeInstanceOf(NotFoundError);
    const { submissionId, caseId } = await filed();
    const later = new Date(Date.now() + CLAIM_PHOTO_WINDOW_MS + 60_000);
    await expect(addClaimPhoto({ submissionId, position: 0 }, await jpeg(), later)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(await photosOf(caseId)).toHaveLength(0);
  });

  it("refuses a file that is not an image by its content, and stores nothing", async () => {
    const { submissionId, caseId } = await filed();
    const err = await addClaimPhoto({ submissionId, position: 0 }, Buffer.from("GIF89a not really")).catch(
      (e) => e,
    );
    expect(err).toBeInstanceOf(PhotoRefusedError);
    expect((err as PhotoRefusedError).key).toBe("intake:errors.photoType");
    expect(await photosOf(caseId)).toHaveLength(0);
  });
});
