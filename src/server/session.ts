import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { Prisma } from "@/generated/prisma/client";
import { authSecret, sessionCookie } from "./session-cookie";
import { decodeSessionToken } from "./session-token";
import { getSqlRows } from "./sql-reader";
import { toViewer, type Viewer } from "./viewer";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The identifiers in this request's session token, if it carries them all; decoded once per
 * request. next-auth's getServerSession() would also run the callbacks and re-encrypt the
 * token on every call (~0.85 ms of CPU per request); nothing here needs that: sessions last
 * SESSION_MAX_AGE from sign-in (one shift), and the decoding checks the expiry. See decision 111;
 * the decoding keeps its key for the process (session-token.ts).
 */
export const currentSession = cache(async (): Promise<{ id: string; sv: number; sid: string } | null> => {
  const secret = authSecret();
  const token = (await cookies()).get(sessionCookie().name)?.value;
  if (!secret || !token) return null;
  const claims = await decodeSessionToken(token, secret);
  if (typeof claims?.uid !== "string" || !UUID.test(claims.uid) || typeof claims.sid !== "string")
    return null;
  return { id: claims.uid, sv: Number(claims.sv), sid: claims.sid };
});

type UserRow = Viewer & { disabledAt: Date | null; sessionVersion: number; revoked: boolean };

/**
 * The signed-in user, re-read from the database for every request: a disabled account, a
 * token from before a password change (older sessionVersion) or a signed-out session (revoked
 * sid) gets null at once. Tokens without a session id predate revocation and are refused.
 * One statement on the plain pg pool when there is one (server/sql-reader.ts): it is the
 * hottest read of the portal.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const ident = await currentSession();
  // Not a session id we could have issued: refused like a revoked one (session-revocation.ts).
  if (!ident || !UUID.test(ident.sid)) return null;
  const rows = await (
    await getSqlRows()
  )<UserRow>(Prisma.sql`
    SELECT id::text AS id, email, name, role::text AS role, "isSuperAdmin", "countryCode",
           "regionId"::text AS "regionId", "organizationId"::text AS "organizationId",
           "practiceSessionId"::text AS "practiceSessionId", "disabledAt", "sessionVersion",
           EXISTS (SELECT 1 FROM "RevokedSession" r WHERE r.sid = ${ident.sid}::uuid) AS revoked
    FROM "User" WHERE id = ${ident.id}::uuid`);
  const user = rows[0];
  if (!user || user.revoked || user.disabledAt || user.sessionVersion !== ident.sv) return null;
  return toViewer(user);
});
