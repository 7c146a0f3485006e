import "server-only";
// Partner calls to /api/v1: `Authorization: Bearer <token>` -> the token's Viewer (a service
// account with the organisation's role, narrowed by scopes and countries in policy.ts), the
// token's own rate limit, and one ApiCall row per call (route and status, never the body).
// Whatever the handler throws becomes the API's one error format (server/api-problem.ts).
import { problem, problemFromError, RateLimitedError } from "@/server/api-problem";
import type { ApiScope } from "@/server/api-scopes";
import { logUnexpected } from "@/server/errors";
import { recordApiCall, viewerForToken, type TokenViewer } from "./token-data";
import { tokenRetryAfter } from "./token-limit";

const CHALLENGE = { "WWW-Authenticate": 'Bearer realm="reencuentro"' };

/** The presented bearer token, "" when the header is absent, null when it is not a Bearer one. */
export function bearerOf(req: Request): string | null {
  const h = req.headers.get("authorization");
  if (!h) return "";
  const m = /^Bearer[ ]+([A-Za-z0-9._~+/-]+=*)[ ]*$/i.exec(h);
  return m ? m[1]! : null;
}

export type Caller = { kind: "token"; viewer: TokenViewer } | { kind: "refused"; response: Response };

/**
 * Authenticates a call that carries (or must carry) a token, checks the scope and counts it
 * against the token's limit. A refusal is a ready answer (401 / 403 / 429).
 */
export async function authenticateToken(req: Request, need: ApiScope): Promise<Caller> {
  const presented = bearerOf(req);
  const viewer = presented ? await viewerForToken(presented) : null;
  if (!viewer)
    return {
      kind: "refused",
      response: await problem(req, 401, "partners:errors.invalidToken", { headers: CHALLENGE }),
    };
  if (!viewer.api.scopes.includes(need)) {
    const response = await problem(req, 403, "partners:errors.scope");
    await record(viewer, req, response.status);
    return { kind: "refused", response };
  }
  const wait = await tokenRetryAfter(viewer.api.tokenId, viewer.rateLimitPerMinute);
  if (wait !== null) {
    const response = await problemFromError(req, new RateLimitedError(wait), "token limit");
    await record(viewer, req, response.status);
    return { kind: "refused", response };
  }
  return { kind: "token", viewer };
}

async function record(viewer: TokenViewer, req: Request, status: number) {
  try {
    await recordApiCall(viewer.api.tokenId, req.method, new URL(req.url).pathname.slice(0, 200), status);
  } catch (err) {
    // The call log must not turn an answered call into a failure.
    logUnexpected(err, "recordApiCall");
  }
}

/**
 * A route for token holders only: `need` is the scope the route requires. The handler gets the
 * token's Viewer; every answer (success or problem) is recorded against the token.
 */
export function partnerRoute<Ctx>(
  where: string,
  need: ApiScope,
  handler: (req: Request, viewer: TokenViewer, ctx: Ctx) => Promise<Response>,
): (req: Request, ctx: Ctx) => Promise<Response> {
  return async (req, ctx) => {
    let caller: Caller;
    try {
      caller = await authenticateToken(req, need);
    } catch (err) {
      return problemFromError(req, err, where);
    }
    if (caller.kind === "refused") return caller.response;
    let response: Response;
    try {
      response = await handler(req, caller.viewer, ctx);
    } catch (err) {
      response = await problemFromError(req, err, where);
    }
    await record(caller.viewer, req, response.status);
    return response;
  };
}
