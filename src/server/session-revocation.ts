// Server-side sign-out: a session token is a signed JWT that stays valid until it expires, so
// "sign out" records its session id here and every request checks it (one primary-key lookup,
// run beside the user lookup). No server-only import: integration tests call it directly.
import type { PrismaClient } from "@/generated/prisma/client";
import { SESSION_MAX_AGE_SECONDS } from "./session-max-age";

type Db = Pick<PrismaClient, "revokedSession">;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function revokeSession(db: Db, s: { id: string; sid: string }, now = new Date()): Promise<void> {
  if (!UUID.test(s.sid)) return;
  const expiresAt = new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000);
  await db.revokedSession.upsert({
    where: { sid: s.sid },
    create: { sid: s.sid, userId: s.id, expiresAt },
    update: {},
  });
}

/** True for a revoked id, and for anything that is not a session id we could have issued. */
export async function isSessionRevoked(db: Db, sid: string): Promise<boolean> {
  if (!UUID.test(sid)) return true;
  return (await db.revokedSession.findUnique({ where: { sid }, select: { sid: true } })) !== null;
}
