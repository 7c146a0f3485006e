import { getPublicPhoto } from "@/features/bulletin/data";
import { logUnexpected } from "@/server/errors";
import { getStorage } from "@/server/storage";

// Photos of bulletin cases, for the public. Looked up by the photo's random id, served only while
// the case is on the bulletin AND consented to photos: everything else is the same 404. Never
// cached by shared caches; browsers revalidate each time, so a withdrawn photo stops at once.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const VARIANTS = ["full", "thumb"] as const;

const notFound = () =>
  new Response("Not found", {
    status: 404,
    headers: { "Cache-Control": "no-store", "Content-Type": "text/plain" },
  });

export async function GET(request: Request, ctx: { params: Promise<{ photoId: string; variant: string }> }) {
  const { photoId, variant } = await ctx.params;
  if (!UUID.test(photoId) || !(VARIANTS as readonly string[]).includes(variant)) return notFound();
  try {
    const photo = await getPublicPhoto(photoId);
    if (!photo) return notFound();
    const etag = `"${photo.id}-${variant}"`;
    const headers = {
      "Cache-Control": "private, no-cache",
      ETag: etag,
      "X-Content-Type-Options": "nosniff",
    };
    // The photo is still public (checked above), so a revalidation can answer "unchanged".
    if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
    const bytes = await getStorage().get(variant === "thumb" ? photo.thumbKey : photo.storageKey);
    if (!bytes) return notFound();
    return new Response(new Uint8Array(bytes), {
      status: 200,
      headers: { ...headers, "Content-Type": photo.mimeType, "Content-Length": String(bytes.length) },
    });
  } catch (err) {
    logUnexpected(err, "public photo");
    return new Response("Error", { status: 500, headers: { "Cache-Control": "no-store" } });
  }
}
