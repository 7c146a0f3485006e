"use server";
import { redirect } from "next/navigation";
import { endSession } from "@/server/session-cookie";
import { safeReturnPath } from "./redirects";

// Signing out ends the session on this device: the cookie is deleted with the attributes it was
// set with. Other devices stay signed in; "sign out everywhere" on the account page ends them
// too (it bumps the user's sessionVersion). See docs/decisions/021-sessions-and-sign-out.md.
export async function signOutAction(form: FormData) {
  await endSession();
  redirect(safeReturnPath(form.get("callbackUrl")) ?? "/");
}
