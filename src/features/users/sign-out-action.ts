"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";

// next-auth v4 keeps the session only in its cookie: deleting it ends the session here. The
// token itself is also invalidated server-side when an admin disables the user.
export async function signOutAction(form: FormData) {
  const jar = await cookies();
  for (const name of ["next-auth.session-token", "__Secure-next-auth.session-token"]) {
    if (jar.get(name)) jar.delete(name);
  }
  const target = String(form.get("callbackUrl") ?? "/");
  redirect(target.startsWith("/") && !target.startsWith("//") ? target : "/");
}
