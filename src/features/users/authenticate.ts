import "server-only";
import { countRateLimited, metrics } from "@/server/metrics";
import type { Role } from "@/generated/prisma/enums";
import { getDb } from "@/server/db";
import { dummyPasswordHash, verifyPassword } from "@/server/password";
import { clientIp, hashIp } from "@/server/request-info";
import { logAttempt, markAttemptSucceeded } from "./attempt-log";
import { getThrottleStore, throttleLimits, type ThrottleStore } from "./throttle";

export interface AuthenticateInput {
  email: string;
  password: string;
  headers: Headers;
}

export type AuthenticateResult =
  | { ok: true; user: { id: string; email: string; role: Role; sessionVersion: number } }
  | { ok: false; error: "auth:invalidCredentials" | "auth:throttled" };

/** For tests: a different store or clock. */
export interface AuthenticateDeps {
  store?: ThrottleStore;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
}

const realSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

// Longer inputs are never valid; capping them keeps a huge password from costing extra work.
const MAX_EMAIL = 320;
const MAX_PASSWORD = 1024;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase().slice(0, MAX_EMAIL);
}

/**
 * Checks a sign-in. Unknown email and wrong password give the same answer and cost the same
 * (a dummy hash is verified), so the form cannot be used to learn who has an account. Throttled
 * attempts are refused before any password is verified; every attempt is logged. Refusal is per
 * (account, IP) and per IP, never per account alone: guesses from elsewhere must not lock the
 * owner out. An account under attack from many places is slowed down instead (decision 073).
 */
export async function authenticate(
  input: AuthenticateInput,
  deps: AuthenticateDeps = {},
): Promise<AuthenticateResult> {
  const email = normalizeEmail(input.email);
  const ipHash = hashIp(clientIp(input.headers));
  const db = await getDb();
  const store = deps.store ?? getThrottleStore(db);
  const now = (deps.now ?? (() => new Date()))();
  const limits = throttleLimits();

  const attemptId = await logAttempt(db, { email, ipHash, at: now });
  const key = { email, ipHash, attemptId, now };
  const counts = await store.countAttempt(key, limits.windowMs);
  if (counts.pair > limits.maxPairFailures || counts.ip > limits.maxIpFailures) {
    metrics().signInFailures.inc({ reason: "throttled" });
    countRateLimited("signIn");
    return { ok: false, error: "auth:throttled" };
  }
  if (counts.account > limits.maxAccountFailures) await (deps.sleep ?? realSleep)(limits.accountDelayMs);

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, role: true, passwordHash: true, disabledAt: true, sessionVersion: true },
  });
  const password = input.password.length > MAX_PASSWORD ? "" : input.password;
  const hash = user?.passwordHash ?? (await dummyPasswordHash());
  const valid = (await verifyPassword(hash, password)) && password.length > 0;
  if (!user || !valid || user.disabledAt) {
    metrics().signInFailures.inc({ reason: "invalidCredentials" });
    return { ok: false, error: "auth:invalidCredentials" };
  }

  await markAttemptSucceeded(db, attemptId, user.id);
  await store.recordSuccess(key);
  return {
    ok: true,
    user: { id: user.id, email: user.email, role: user.role, sessionVersion: user.sessionVersion },
  };
}
