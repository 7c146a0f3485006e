import { NextResponse } from "next/server";
import { checkReadiness } from "@/server/readiness";

export const dynamic = "force-dynamic";

/** Readiness for load balancers: 200 only when the database answers and migrations are current. */
export async function GET() {
  const ready = await checkReadiness();
  return NextResponse.json(
    { status: ready === "ok" ? "ok" : "error", ready },
    { status: ready === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
