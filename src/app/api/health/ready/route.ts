import { NextResponse } from "next/server";
import { checkReadiness, isReady } from "@/server/readiness";

export const dynamic = "force-dynamic";

/**
 * Readiness for load balancers: 200 when the database answers (or is only slow, for a few checks
 * in a row) and migrations are current; 503 when it is down, hung or behind on migrations.
 */
export async function GET() {
  const ready = await checkReadiness();
  const ok = isReady(ready);
  return NextResponse.json(
    { status: ok ? "ok" : "error", ready },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
