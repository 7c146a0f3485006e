import "server-only";
import type { Db } from "@/server/db";

/**
 * Every sign-in attempt leaves a row, written as a failure before anything is checked and
 * marked successful only once the password matched: a crash half-way counts against the caller.
 */
export async function logAttempt(db: Db, a: { email: string; ipHash: string; at: Date }): Promise<string> {
  const row = await db.loginAttempt.create({
    data: { email: a.email, ipHash: a.ipHash, success: false, createdAt: a.at },
    select: { id: true },
  });
  return row.id;
}

export async function markAttemptSucceeded(db: Db, attemptId: string, userId: string): Promise<void> {
  await db.loginAttempt.update({ where: { id: attemptId }, data: { success: true, userId } });
}
