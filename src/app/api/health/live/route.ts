import { NextResponse } from "next/server";

export const dynamic = "force-dynamic";

/** Liveness: the process answers HTTP. Touches nothing else (a database outage is not a reason to restart it). */
export function GET() {
  return NextResponse.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
