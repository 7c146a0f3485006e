import { NextResponse } from "next/server";
import { checkDatabase } from "@/server/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const db = await checkDatabase();
  const body = { status: db === "ok" ? "ok" : "error", db, version: process.env.APP_VERSION ?? "0.1.0" };
  return NextResponse.json(body, {
    status: db === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
