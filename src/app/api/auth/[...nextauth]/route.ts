import NextAuth from "next-auth";
import { authOptions } from "@/server/auth";
import { isSameOrigin } from "@/server/request-info";

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

// next-auth checks its CSRF token on POSTs; refusing a missing or foreign Origin as well means a
// page on another site cannot even attempt a sign-in or sign-out in the user's browser.
async function POST(request: Request, context: Context) {
  if (!isSameOrigin(request.headers)) {
    return Response.json({ error: "common:errors.badOrigin" }, { status: 403 });
  }
  return handler(request, context);
}

export { handler as GET, POST };
