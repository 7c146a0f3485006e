import "server-only";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { authOptions } from "./auth";
import { getDb } from "./db";
import { toViewer, type Viewer, viewerSelect } from "./viewer";

/**
 * The signed-in user, re-read from the database for every request: a disabled account or a
 * token from before a password change (older sessionVersion) gets null at once.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await getServerSession(authOptions);
  const ident = session?.user as { id?: unknown; sv?: unknown } | undefined;
  if (typeof ident?.id !== "string") return null;
  const db = await getDb();
  const user = await db.user.findUnique({
    where: { id: ident.id },
    select: { ...viewerSelect, disabledAt: true, sessionVersion: true },
  });
  if (!user || user.disabledAt || user.sessionVersion !== Number(ident.sv)) return null;
  return toViewer(user);
});
