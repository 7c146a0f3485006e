import "server-only";
import crypto from "node:crypto";
import { env } from "./env";
import { metrics } from "./metrics";
import { refreshDbGauges } from "./metrics-db";

const hash = (s: string) => crypto.createHash("sha256").update(s).digest();

/**
 * GET /api/metrics: `Authorization: Bearer <METRICS_TOKEN>`, compared in constant time. Without
 * METRICS_TOKEN the endpoint does not exist (404), so nothing is exposed by default.
 */
export async function metricsResponse(req: Request): Promise<Response> {
  const expected = env().METRICS_TOKEN;
  const headers = { "Cache-Control": "no-store" };
  if (!expected) return new Response("Not found", { status: 404, headers });
  const given = /^Bearer (.+)$/.exec(req.headers.get("authorization") ?? "")?.[1] ?? "";
  if (!crypto.timingSafeEqual(hash(given), hash(expected)))
    return new Response("Unauthorized", {
      status: 401,
      headers: { ...headers, "WWW-Authenticate": "Bearer" },
    });
  await refreshDbGauges();
  const { registry } = metrics();
  return new Response(await registry.metrics(), {
    headers: { ...headers, "Content-Type": registry.contentType },
  });
}
