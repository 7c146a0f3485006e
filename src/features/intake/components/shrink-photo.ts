// Shrinks a photo in the browser before it travels: a 5 MB, 12 MP phone photo becomes a
// ~1600 px JPEG of a few hundred KB, which a family on 3G can send. The browser's own decoder
// and canvas do it (no library, nothing added to the page's weight but this file). Drawing on a
// canvas keeps only the pixels, so EXIF (GPS, camera) is dropped before upload; the server still
// re-encodes and strips every photo, including those the no-JavaScript form sends full size.
import { fitWithin, SHRUNK_JPEG_QUALITY } from "../photo-size";

function toJpeg(canvas: HTMLCanvasElement): Promise<Blob | null> {
  return new Promise((resolve) => canvas.toBlob(resolve, "image/jpeg", SHRUNK_JPEG_QUALITY));
}

/**
 * The photo as a shrunk, upright JPEG without metadata, or the original file when this browser
 * cannot decode or encode it (the server's checks and re-encoding then apply as before).
 */
export async function shrinkPhoto(file: File): Promise<File> {
  if (typeof createImageBitmap !== "function") return file;
  let bitmap: ImageBitmap | undefined;
  try {
    // "from-image" applies the EXIF orientation, as the server's rotate() does.
    bitmap = await createImageBitmap(file, { imageOrientation: "from-image" });
    const { width, height } = fitWithin(bitmap.width, bitmap.height);
    const canvas = document.createElement("canvas");
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext("2d");
    if (!ctx || !width) return file;
    // Transparent PNG areas become white, as the server's flatten() makes them.
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, width, height);
    ctx.imageSmoothingQuality = "high";
    ctx.drawImage(bitmap, 0, 0, width, height);
    const blob = await toJpeg(canvas);
    canvas.width = canvas.height = 0; // frees the pixels at once on low-memory phones
    if (!blob) return file;
    return new File([blob], file.name, { type: "image/jpeg", lastModified: file.lastModified });
  } catch {
    return file;
  } finally {
    bitmap?.close();
  }
}
