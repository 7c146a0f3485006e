import { withTestDb } from "@/testing/with-test-db";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { getStorage } from "@/server/storage";
import { goodClaim } from "./claim-fixtures";
import { fileClaim } from "./file-claim";
import { preparePhotos, sniffImageType } from "@/server/photos";

const env = withTestDb({ uploads: true });

/** A camera-like JPEG: EXIF with maker, GPS position and "rotate 90°" orientation. */
function cameraJpeg(width = 2400, height = 1800) {
  return sharp({ create: { width, height, channels: 3, background: "#3a7" } })
    .jpeg()
    .withExif({
      IFD0: { Make: "TestCam", Model: "Phone 1" },
      IFD3: {
        GPSLatitudeRef: "S",
        GPSLatitude: "16/1 30/1 0/1",
        GPSLongitudeRef: "W",
        GPSLongitude: "68/1 9/1 0/1",
      },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

const GPS_IFD_POINTER = [Buffer.from([0x88, 0x25]), Buffer.from([0x25, 0x88])];

describe("photos", () => {
  it("the test image really carries EXIF and GPS", async () => {
    const meta = await sharp(await cameraJpeg()).metadata();
    expect(meta.exif?.length).toBeGreaterThan(0);
    expect(GPS_IFD_POINTER.some((p) => meta.exif!.includes(p))).toBe(true);
    expect(meta.orientation).toBe(6);
  });

  it("are stored upright, resized, with a thumbnail and without any EXIF or GPS", async () => {
    const png = await sharp({ create: { width: 400, height: 300, channels: 4, background: "#fff0" } })
      .png()
      .toBuffer();
    const prepared = await preparePhotos([await cameraJpeg(), png]);
    expect(prepared.ok).toBe(true);
    if (!prepared.ok) return;
    const res = await fileClaim(goodClaim(), { photos: prepared.photos });
    const rows = await env.db.casePhoto.findMany({
      where: { case: { caseNumber: res.caseNumber } },
      orderBy: { position: "asc" },
    });
    expect(rows.map((r) => [r.position, r.mimeType, r.width, r.height])).toEqual([
      [0, "image/jpeg", 1200, 1600],
      [1, "image/jpeg", 400, 300],
    ]);
    for (const row of rows) {
      expect(row.storageKey).toMatch(/^[0-9a-f]{32}$/);
      for (const key of [row.storageKey, row.thumbKey]) {
        const bytes = (await getStorage().get(key))!;
        const meta = await sharp(bytes).metadata();
        expect(meta.format).toBe("jpeg");
        expect(meta.exif).toBeUndefined();
        expect(meta.orientation).toBeUndefined();
        expect(bytes.includes(Buffer.from("TestCam"))).toBe(false);
        // No APP1 "Exif" segment at all, so no GPS IFD either.
        expect(bytes.includes(Buffer.from("Exif\0\0", "latin1"))).toBe(false);
      }
      const thumb = await sharp((await getStorage().get(row.thumbKey))!).metadata();
      expect(Math.max(thumb.width!, thumb.height!)).toBeLessThanOrEqual(320);
    }
  });

  it("refuses a file that claims to be a JPEG but is not", async () => {
    const text = Buffer.from("this is not a picture, even if it is called photo.jpg");
    expect(sniffImageType(text)).toBeNull();
    expect(await preparePhotos([text])).toEqual({
      ok: false,
      fieldErrors: { "photos.0": "intake:errors.photoType" },
    });
    // JPEG magic bytes followed by garbage: the decoder refuses it.
    const fake = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2048, 7)]);
    expect(await preparePhotos([fake])).toEqual({
      ok: false,
      fieldErrors: { "photos.0": "intake:errors.photoUnreadable" },
    });
    // A PNG signature on a JPEG body: content and header disagree.
    const jpeg = await cameraJpeg(50, 50);
    const disguised = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), jpeg]);
    const res = await preparePhotos([disguised]);
    expect(res.ok).toBe(false);
  });

  it("refuses too many and too large photos", async () => {
    const small = await cameraJpeg(20, 20);
    expect(await preparePhotos([small, small, small, small])).toEqual({
      ok: false,
      fieldErrors: { photos: "intake:errors.tooManyPhotos" },
    });
    const huge = Buffer.concat([small, Buffer.alloc(8 * 1024 * 1024)]);
    expect(await preparePhotos([small, huge])).toEqual({
      ok: false,
      fieldErrors: { "photos.1": "intake:errors.photoTooLarge" },
    });
  });

  it("accepts WebP by content", async () => {
    const webp = await sharp({ create: { width: 64, height: 48, channels: 3, background: "#123" } })
      .webp()
      .toBuffer();
    const res = await preparePhotos([webp]);
    expect(res.ok && res.photos[0]!.width).toBe(64);
  });
});
