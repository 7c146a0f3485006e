import "server-only";
import crypto from "node:crypto";
import { cookies } from "next/headers";
import { encode } from "next-auth/jwt";
import { SESSION_MAX_AGE_SECONDS } from "./session-max-age";
import { DEV_SECRET, env, servedOverHttps } from "./env";

export const SESSION_MAX_AGE = SESSION_MAX_AGE_SECONDS;

/** The secret that signs session tokens; a fixed one only outside production. */
export function authSecret(): string | undefined {
  const e = env();
  return e.NEXTAUTH_SECRET ?? (e.NODE_ENV === "production" ? undefined : DEV_SECRET);
}

/**
 * next-auth's session cookie, pinned here so the sign-in form (which mints the same token
 * next-auth would) and sign-out agree with next-auth on its name and attributes.
 */
export function sessionCookie() {
  const secure = servedOverHttps();
  return {
    name: `${secure ? "__Secure-" : ""}next-auth.session-token`,
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure },
  };
}

/**
 * What a session token carries: only identifiers (role and scope are re-read per request). The
 * session id lets sign-out revoke this one token server-side (session-revocation.ts).
 */
export function sessionClaims(user: { id: string; sessionVersion: number }) {
  return { sub: user.id, uid: user.id, sv: user.sessionVersion, sid: crypto.randomUUID() };
}

/** Starts a session in this browser: the same encrypted JWT next-auth's callback would set. */
export async function startSession(user: { id: string; sessionVersion: number }): Promise<void> {
  const secret = authSecret();
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set");
  const { name, options } = sessionCookie();
  const value = await encode({ token: sessionClaims(user), secret, maxAge: SESSION_MAX_AGE });
  (await cookies()).set(name, value, { ...options, maxAge: SESSION_MAX_AGE });
}

/**
 * Ends the session in this browser: deletes the session cookie (and any chunks next-auth split
 * a large one into) with the attributes it was set with, or the browser would keep it.
 */
export async function endSession(): Promise<void> {
  const jar = await cookies();
  for (const c of jar.getAll()) {
    const base = c.name.replace(/^__Secure-/, "");
    if (base === "next-auth.session-token" || base.startsWith("next-auth.session-token.")) {
      jar.set(c.name, "", {
        path: "/",
        httpOnly: true,
        sameSite: "lax",
        secure: c.name.startsWith("__Secure-"),
        maxAge: 0,
        expires: new Date(0),
      });
    }
  }
}
