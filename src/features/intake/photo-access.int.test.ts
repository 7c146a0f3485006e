import { withTestDb } from "@/testing/with-test-db";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { NotFoundError } from "@/server/errors";
import type { Viewer } from "@/server/viewer";
import { goodClaim } from "./claim-fixtures";
import { fileClaim } from "./file-claim";
import { getCasePhotoForViewer } from "./photo-access";
import { preparePhotos } from "@/server/photos";

const env = withTestDb({ uploads: true });
let photoId: string;
let caseId: string;

async function viewer(
  role: Viewer["role"],
  countryCode: string,
  extra: Partial<Viewer> = {},
): Promise<Viewer> {
  const u = await env.db.user.create({
    data: { email: `${crypto.randomUUID()}@x.test`, name: role, passwordHash: "x", role, countryCode },
  });
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role,
    countryCode,
    isSuperAdmin: false,
    regionId: null,
    organizationId: null,
    practiceSessionId: null,
    ...extra,
  };
}

beforeAll(async () => {
  const jpeg = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#a33" } })
    .jpeg()
    .toBuffer();
  const prepared = await preparePhotos([jpeg]);
  if (!prepared.ok) throw new Error("photo refused");
  const res = await fileClaim(goodClaim(), { photos: prepared.photos });
  const row = await env.db.case.findUniqueOrThrow({
    where: { caseNumber: res.caseNumber },
    include: { photos: true },
  });
  photoId = row.photos[0]!.id;
  caseId = row.id;
});

describe("getCasePhotoForViewer", () => {
  it("serves the thumbnail to staff who may read the case, and logs the access", async () => {
    for (const v of [await viewer("POLICE", "BZ"), await viewer("NGO", "BO")]) {
      const photo = await getCasePhotoForViewer(v, photoId, "thumb");
      expect(photo.mimeType).toBe("image/jpeg");
      expect((await sharp(photo.bytes).metadata()).width).toBe(320);
      expect(
        await env.db.caseAccessLog.count({ where: { caseId, userId: v.id, action: "PHOTO_THUMB" } }),
      ).toBe(1);
    }
  });

  it("is not found for the public, other countries' NGOs, trainers, practice logins and bad ids; nothing logged", async () => {
    const before = await env.db.caseAccessLog.count();
    const outsiders: (Viewer | null)[] = [
      null,
      await viewer("NGO", "PE"),
      await viewer("TRAINER", "BO"),
      await viewer("POLICE", "BO", { practiceSessionId: crypto.randomUUID() }),
    ];
    for (const v of outsiders) {
      await expect(getCasePhotoForViewer(v, photoId, "thumb")).rejects.toBeInstanceOf(NotFoundError);
    }
    const police = await viewer("POLICE", "BO");
    for (const id of ["not-a-uuid", crypto.randomUUID()]) {
      await expect(getCasePhotoForViewer(police, id, "full")).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await env.db.caseAccessLog.count()).toBe(before);
  });
});
