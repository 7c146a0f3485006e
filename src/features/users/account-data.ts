import "server-only";
import { getDb } from "@/server/db";
import { AppError, NotFoundError } from "@/server/errors";
import { hashPassword, verifyPassword } from "@/server/password";
import { hitRateLimit } from "@/server/rate-limit";
import type { Viewer } from "@/server/viewer";
import { checkNewPassword } from "@/server/password-rules";
import type { AlertSettingInput, ChangePasswordInput, DigestSettingInput } from "./schemas";

/** Who the viewer is, as shown on their account page. */
export async function getAccount(viewer: Viewer) {
  const db = await getDb();
  const user = await db.user.findFirst({
    where: { id: viewer.id, disabledAt: null },
    select: {
      name: true,
      email: true,
      role: true,
      isSuperAdmin: true,
      countryCode: true,
      passwordChangedAt: true,
      emailDigest: true,
      emailAlerts: true,
      region: { select: { name: true } },
      organization: { select: { name: true } },
    },
  });
  if (!user) throw new NotFoundError();
  return user;
}

/**
 * Changes the viewer's password: the current one is required (a borrowed, still signed-in
 * browser must not be enough), guesses at it are rate-limited, and the new one must pass the
 * rules. Bumping sessionVersion ends every session, this one included.
 */
export async function changePassword(viewer: Viewer, input: ChangePasswordInput): Promise<void> {
  if (!(await hitRateLimit(`password-change:${viewer.id}`, 10, 15 * 60))) {
    throw new AppError("common:errors.rateLimited", 429);
  }
  const db = await getDb();
  const user = await db.user.findFirst({
    where: { id: viewer.id, disabledAt: null },
    select: { passwordHash: true, email: true },
  });
  if (!user) throw new NotFoundError();
  if (!(await verifyPassword(user.passwordHash, input.current))) {
    throw new AppError("auth:errors.wrongCurrentPassword");
  }
  const problem = checkNewPassword(input.next, user.email);
  if (problem) throw new AppError(problem);
  if (await verifyPassword(user.passwordHash, input.next)) throw new AppError("auth:password.sameAsCurrent");
  await db.user.update({
    where: { id: viewer.id },
    data: {
      passwordHash: await hashPassword(input.next),
      passwordChangedAt: new Date(),
      sessionVersion: { increment: 1 },
    },
  });
}

/** Ends every session of the viewer, on every device (tokens carry the old sessionVersion). */
export async function endAllSessions(viewer: Viewer): Promise<void> {
  const db = await getDb();
  await db.user.update({ where: { id: viewer.id }, data: { sessionVersion: { increment: 1 } } });
}

const RECENT_DAYS = 7;

/**
 * Failed sign-ins on the viewer's account in the last week, so the owner learns that someone is
 * guessing (they are slowed down but, from another address, never lock the owner out).
 */
export async function getRecentFailedSignIns(viewer: Viewer) {
  const db = await getDb();
  const since = new Date(Date.now() - RECENT_DAYS * 86_400_000);
  const where = { email: viewer.email, success: false, createdAt: { gt: since } };
  const [count, last] = await Promise.all([
    db.loginAttempt.count({ where }),
    db.loginAttempt.findFirst({ where, orderBy: { createdAt: "desc" }, select: { createdAt: true } }),
  ]);
  return { count, last: last?.createdAt ?? null };
}

/**
 * Turns the viewer's daily digest (email and inbox, decision 152) on or off. Practice logins have
 * no inbox; a disabled account between sign-in and now is not found.
 */
export async function setDigestSetting(viewer: Viewer, input: DigestSettingInput): Promise<void> {
  if (viewer.practiceSessionId) throw new NotFoundError();
  const db = await getDb();
  const res = await db.user.updateMany({
    where: { id: viewer.id, disabledAt: null },
    data: { emailDigest: input.emailDigest },
  });
  if (res.count !== 1) throw new NotFoundError();
}

/**
 * Turns the viewer's alert emails (alerts, requests, matches as they reach the inbox, decision
 * 160) on or off. Same rules as the digest: no practice logins, no disabled accounts.
 */
export async function setAlertSetting(viewer: Viewer, input: AlertSettingInput): Promise<void> {
  if (viewer.practiceSessionId) throw new NotFoundError();
  const db = await getDb();
  const res = await db.user.updateMany({
    where: { id: viewer.id, disabledAt: null },
    data: { emailAlerts: input.emailAlerts },
  });
  if (res.count !== 1) throw new NotFoundError();
}
