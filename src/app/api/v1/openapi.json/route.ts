import crypto from "node:crypto";
import { openApiDocument } from "@/features/partners/openapi";
import { publicOrigin } from "@/server/request-info";

export const dynamic = "force-dynamic";

/** The API's OpenAPI 3.1 description (public: it names no data). Cheap ETag revalidation. */
export function GET(request: Request) {
  const body = JSON.stringify(openApiDocument(publicOrigin() || new URL(request.url).origin));
  const etag = `"${crypto.createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  const headers = { ETag: etag, "Cache-Control": "public, max-age=300", "Content-Type": "application/json" };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(body, { headers });
}
