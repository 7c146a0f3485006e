import "server-only";
import sharp from "sharp";
import { MAX_PHOTO_BYTES, MAX_PHOTOS, PHOTO_MAX_PX } from "@/lib/case-options";

/** A photo checked by content and re-encoded: no EXIF, no GPS, upright, bounded in size. */
export interface PreparedPhoto {
  full: Buffer;
  thumb: Buffer;
  width: number;
  height: number;
  mimeType: "image/jpeg";
}

export type PhotoResult =
  { ok: true; photos: PreparedPhoto[] } | { ok: false; fieldErrors: Record<string, string> };

const FULL_PX = PHOTO_MAX_PX;
const THUMB_PX = 320;
// Refuses "decompression bombs": a small file that would expand to gigabytes of pixels.
const MAX_INPUT_PIXELS = 50_000_000;

/** The image type told by the first bytes, whatever the file name or declared type says. */
export function sniffImageType(buf: Buffer): "jpeg" | "png" | "webp" | null {
  if (buf.length >= 3 && buf[0] === 0xff && buf[1] === 0xd8 && buf[2] === 0xff) return "jpeg";
  if (
    buf.length >= 8 &&
    buf.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  )
    return "png";
  if (buf.length >= 12 && buf.toString("latin1", 0, 4) === "RIFF" && buf.toString("latin1", 8, 12) === "WEBP")
    return "webp";
  return null;
}

async function prepareOne(buf: Buffer): Promise<PreparedPhoto | string> {
  if (buf.length === 0) return "intake:errors.photoUnreadable";
  if (buf.length > MAX_PHOTO_BYTES) return "intake:errors.photoTooLarge";
  const sniffed = sniffImageType(buf);
  if (!sniffed) return "intake:errors.photoType";
  try {
    const source = sharp(buf, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" });
    const meta = await source.metadata();
    // The decoder must agree with the magic bytes: a PNG header on a JPEG body is refused.
    if (meta.format !== sniffed) return "intake:errors.photoType";
    // rotate() applies the EXIF orientation before the metadata is dropped; sharp writes no
    // metadata unless asked (withMetadata), so EXIF and GPS do not survive the re-encode.
    const upright = source.rotate().flatten({ background: "#ffffff" });
    const full = await upright
      .clone()
      .resize({ width: FULL_PX, height: FULL_PX, fit: "inside", withoutEnlargement: true })
      .jpeg({ quality: 82 })
      .toBuffer({ resolveWithObject: true });
    const thumb = await upright
      .clone()
      .resize({ width: THUMB_PX, height: THUMB_PX, fit: "inside", withoutEnlargement: true })
      .jpeg({ quality: 75 })
      .toBuffer();
    return {
      full: full.data,
      thumb,
      width: full.info.width,
      height: full.info.height,
      mimeType: "image/jpeg",
    };
  } catch {
    return "intake:errors.photoUnreadable";
  }
}

/** Checks and re-encodes up to three photos; errors are keyed `photos` or `photos.<index>`. */
export async function preparePhotos(inputs: readonly Buffer[]): Promise<PhotoResult> {
  if (inputs.length > MAX_PHOTOS)
    return { ok: false, fieldErrors: { photos: "intake:errors.tooManyPhotos" } };
  const photos: PreparedPhoto[] = [];
  const fieldErrors: Record<string, string> = {};
  // One at a time: photos are large and the server small; parallel decoding only adds memory.
  for (const [i, buf] of inputs.entries()) {
    const result = await prepareOne(buf);
    if (typeof result === "string") fieldErrors[`photos.${i}`] = result;
    else photos.push(result);
  }
  return Object.keys(fieldErrors).length ? { ok: false, fieldErrors } : { ok: true, photos };
}

/** Declared sizes are checked before any bytes are read. */
export function photoSizeErrors(sizes: readonly number[]): Record<string, string> | null {
  if (sizes.length > MAX_PHOTOS) return { photos: "intake:errors.tooManyPhotos" };
  const errors: Record<string, string> = {};
  sizes.forEach((size, i) => {
    if (size > MAX_PHOTO_BYTES) errors[`photos.${i}`] = "intake:errors.photoTooLarge";
  });
  return Object.keys(errors).length ? errors : null;
}
