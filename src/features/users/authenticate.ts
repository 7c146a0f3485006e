import "server-only";
import { getDb } from "@/server/db";
import { dummyPasswordHash, verifyPassword } from "@/server/password";

export interface AuthenticateInput {
  email: string;
  password: string;
  headers: Headers;
}

export type AuthenticateResult =
  | { ok: true; user: { id: string; email: string; sessionVersion: number } }
  | { ok: false; error: "auth:invalidCredentials" | "auth:throttled" };

/**
 * Checks a sign-in. Unknown email and wrong password give the same answer and cost the same
 * (a dummy hash is verified), so the form cannot be used to learn who has an account.
 */
export async function authenticate(input: AuthenticateInput): Promise<AuthenticateResult> {
  const email = input.email.trim().toLowerCase();
  const db = await getDb();
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, passwordHash: true, disabledAt: true, sessionVersion: true },
  });
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  if (!user || !valid || user.disabledAt) return { ok: false, error: "auth:invalidCredentials" };
  return { ok: true, user: { id: user.id, email: user.email, sessionVersion: user.sessionVersion } };
}
