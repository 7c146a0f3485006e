"use server";
import { redirect } from "next/navigation";
import { getDb } from "@/server/db";
import { currentSession } from "@/server/session";
import { endSession } from "@/server/session-cookie";
import { revokeSession } from "@/server/session-revocation";
import { safeReturnPath } from "./redirects";

// Signing out ends this session: its id is revoked server-side (a copy of the token stops
// working too) and the cookie is deleted. Other devices stay signed in; "sign out everywhere"
// on the account page ends them too (it bumps the user's sessionVersion).
// See docs/decisions/021-sessions-and-sign-out.md and 072.
export async function signOutAction(form: FormData) {
  const session = await currentSession();
  if (session) await revokeSession(await getDb(), session);
  await endSession();
  redirect(safeReturnPath(form.get("callbackUrl")) ?? "/");
}
