import { getFoundPhotoForViewer } from "@/features/found/data";
import { AppError, logUnexpected } from "@/server/errors";
import { getViewer } from "@/server/session";

export const dynamic = "force-dynamic";

const headers = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" };

// Found-record photos for staff who may read the record (checked and logged by the data
// function). Never public, never linked from a notification. Anyone else gets the same 404.
export async function GET(request: Request, ctx: { params: Promise<{ id: string }> }) {
  const { id } = await ctx.params;
  const size = new URL(request.url).searchParams.get("size") === "full" ? "full" : "thumb";
  try {
    const photo = await getFoundPhotoForViewer(await getViewer(), id, size);
    return new Response(new Uint8Array(photo.bytes), {
      headers: { ...headers, "Content-Type": photo.mimeType, "Content-Length": String(photo.bytes.length) },
    });
  } catch (err) {
    if (err instanceof AppError) return new Response("Not found", { status: 404, headers });
    logUnexpected(err, "GET /api/found-photos");
    return new Response("Error", { status: 500, headers });
  }
}
