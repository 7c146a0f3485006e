import { getCasePhotoForViewer } from "@/features/intake/data";
import { AppError, logUnexpected } from "@/server/errors";
import { getViewer } from "@/server/session";

export const dynamic = "force-dynamic";

const headers = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" };

// Case photos for staff only: the data function checks the viewer's scope and logs the access.
// Anyone else (and any unknown id) gets the same 404.
export async function GET(request: Request, ctx: { params: Promise<{ id: string }> }) {
  const { id } = await ctx.params;
  const size = new URL(request.url).searchParams.get("size") === "full" ? "full" : "thumb";
  try {
    const photo = await getCasePhotoForViewer(await getViewer(), id, size);
    return new Response(new Uint8Array(photo.bytes), {
      headers: { ...headers, "Content-Type": photo.mimeType, "Content-Length": String(photo.bytes.length) },
    });
  } catch (err) {
    if (err instanceof AppError) return new Response("Not found", { status: 404, headers });
    logUnexpected(err, "GET /api/photos");
    return new Response("Error", { status: 500, headers });
  }
}
