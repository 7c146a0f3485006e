import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate } from "@/features/users/authenticate";
import { errorForLog, log } from "./logger";
import { authSecret, SESSION_MAX_AGE, sessionClaims, sessionCookie } from "./session-cookie";

// Sessions are signed JWTs (NEXTAUTH_SECRET, shared by every app process); the token only
// identifies the user. Role, scope and "disabled" are re-read from the database on every
// request by getViewer(), so a disabled account stops working at once. The login page signs in
// through a server action (works without JavaScript) that mints the same token; this provider
// keeps next-auth's own credentials endpoint working for API clients and tests.
export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE },
  cookies: { sessionToken: sessionCookie() },
  pages: { signIn: "/es/login", error: "/es/login" },
  // next-auth's own messages as JSON lines with the request id, errors by shape only (its
  // default printer writes whole errors, whose messages can echo an address); debug output,
  // which can carry the submitted form, is dropped.
  logger: {
    error(code, metadata) {
      const cause =
        metadata instanceof Error ? metadata : (metadata as { error?: unknown } | undefined)?.error;
      log().error({ code, error: errorForLog(cause) }, "next-auth error");
    },
    warn(code) {
      log().warn({ code }, "next-auth warning");
    },
    debug() {},
  },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const result = await authenticate({
          email: String(credentials?.email ?? ""),
          password: String(credentials?.password ?? ""),
          headers: new Headers(req?.headers as Record<string, string> | undefined),
        });
        if (!result.ok) throw new Error(result.error);
        return { id: result.user.id, email: result.user.email, sv: result.user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        // Drops the name/email/picture next-auth copies in by default: identifiers only.
        return sessionClaims({ id: user.id, sessionVersion: (user as { sv?: number }).sv ?? 1 });
      }
      return token;
    },
    session({ session, token }) {
      // Only identifiers reach the session; role and scope are never trusted from the token.
      return {
        expires: session.expires,
        user: { id: token.uid, sv: token.sv, sid: token.sid },
      } as typeof session;
    },
  },
};
