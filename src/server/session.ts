import "server-only";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { authOptions } from "./auth";
import { getDb } from "./db";
import { isSessionRevoked } from "./session-revocation";
import { toViewer, type Viewer, viewerSelect } from "./viewer";

/**
 * The signed-in user, re-read from the database for every request: a disabled account, a
 * token from before a password change (older sessionVersion) or a signed-out session (revoked
 * sid) gets null at once. Tokens without a session id predate revocation and are refused.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const ident = await currentSession();
  if (!ident) return null;
  const db = await getDb();
  const [user, revoked] = await Promise.all([
    db.user.findUnique({
      where: { id: ident.id },
      select: { ...viewerSelect, disabledAt: true, sessionVersion: true },
    }),
    isSessionRevoked(db, ident.sid),
  ]);
  if (!user || revoked || user.disabledAt || user.sessionVersion !== ident.sv) return null;
  return toViewer(user);
});

/** The identifiers in this request's session token, if it carries them all. */
export async function currentSession(): Promise<{ id: string; sv: number; sid: string } | null> {
  const session = await getServerSession(authOptions);
  const ident = session?.user as { id?: unknown; sv?: unknown; sid?: unknown } | undefined;
  if (typeof ident?.id !== "string" || typeof ident.sid !== "string") return null;
  return { id: ident.id, sv: Number(ident.sv), sid: ident.sid };
}
