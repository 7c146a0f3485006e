import { NextResponse } from "next/server";
import { checkDatabase } from "@/server/health";
import { env } from "@/server/env";

export const dynamic = "force-dynamic";

export async function GET() {
  const db = await checkDatabase();
  const body = { status: db === "ok" ? "ok" : "error", db, version: env().APP_VERSION };
  return NextResponse.json(body, {
    status: db === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
