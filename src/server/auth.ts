import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate } from "@/features/users/authenticate";

// Sessions are signed JWTs (NEXTAUTH_SECRET, shared by every app process); the token only
// identifies the user. Role, scope and "disabled" are re-read from the database on every
// request by getViewer(), so a disabled account stops working at once.
export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/es/login" },
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
        token.uid = user.id;
        token.sv = (user as { sv?: number }).sv ?? 1;
      }
      return token;
    },
    session({ session, token }) {
      // Only identifiers reach the session; role and scope are never trusted from the token.
      return { expires: session.expires, user: { id: token.uid, sv: token.sv } } as typeof session;
    },
  },
};
