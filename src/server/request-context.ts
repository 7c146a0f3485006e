// One id per HTTP request, for every log line and as the reference a user can quote. The
// portal's own server (scripts/start.ts) opens the context around Next's handler; Next runs in
// the same process, so the context follows the request into route handlers and actions. The
// storage lives on globalThis because the start script and Next's server bundle load this module
// as two separate copies. Outside a request (tests, scripts, jobs) there is no id.
// No server-only imports: the start script runs it outside Next.
import { AsyncLocalStorage } from "node:async_hooks";
import crypto from "node:crypto";

export interface RequestContext {
  requestId: string;
}

const KEY = Symbol.for("reencuentro.requestContext");
const slot = globalThis as unknown as Record<symbol, AsyncLocalStorage<RequestContext> | undefined>;

export const requestContext: AsyncLocalStorage<RequestContext> = (slot[KEY] ??=
  new AsyncLocalStorage<RequestContext>());

/** Sent back on every answer, so a user or an operator can find the request's log lines. */
export const REQUEST_ID_RESPONSE_HEADER = "X-Request-Id";

/** A short random id: 8 hex characters, easy to read out on the phone. */
export function newRequestId(): string {
  return crypto.randomBytes(4).toString("hex");
}

export function currentRequestId(): string | undefined {
  return requestContext.getStore()?.requestId;
}
