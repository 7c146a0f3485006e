// Errors Next catches itself (a server component, a route handler or a server action that
// throws past our own wrappers) reach instrumentation.ts's onRequestError, and are logged here
// as one JSON line like every other: with the request id as its reference, the error by shape
// only (logger.ts), the route's pattern instead of its path (a path can hold a case number or
// a tracking link). Next's own printing of the same error is off (`quiet` in scripts/start.ts):
// it writes the whole message, which can echo what a family typed.
// The browser gets only the error's digest, its reference on the error page: the request id for
// database errors (error-reference.ts), else Next's hash, which the line carries too.
// No server-only import: instrumentation.ts loads it by path.
import { errorForLog, log } from "./logger";
import { currentRequestId } from "./request-context";

export interface RequestErrorContext {
  routerKind?: string;
  routePath?: string;
  routeType?: string;
  renderSource?: string;
}

export function reportRequestError(
  err: unknown,
  request: { method?: string },
  context: RequestErrorContext = {},
): void {
  const digest = err && typeof err === "object" ? (err as { digest?: unknown }).digest : undefined;
  log().error(
    {
      reference: currentRequestId(),
      where: context.routePath,
      kind: context.routeType,
      source: context.renderSource,
      method: request.method,
      ...(typeof digest === "string" ? { digest } : {}),
      error: errorForLog(err),
    },
    "unexpected error",
  );
}
