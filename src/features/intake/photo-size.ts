// Client-safe: how big the form makes a photo before sending it (components/shrink-photo.ts).
import { PHOTO_MAX_PX } from "@/lib/case-options";

/** JPEG quality of the shrunk photo: faces stay clear, a 12 MP photo becomes ~200-400 KB. */
export const SHRUNK_JPEG_QUALITY = 0.8;

/**
 * The size that fits `width` x `height` inside `max` x `max`, keeping the proportions, never
 * enlarging, and never rounding a side to zero. Mirrors sharp's `fit: "inside"` on the server,
 * so a photo shrunk on the phone is not resized a second time there.
 */
export function fitWithin(
  width: number,
  height: number,
  max = PHOTO_MAX_PX,
): { width: number; height: number } {
  if (!(width > 0 && height > 0)) return { width: 0, height: 0 };
  const scale = Math.min(1, max / Math.max(width, height));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}
