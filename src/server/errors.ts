import crypto from "node:crypto";
import { errorForLog, log } from "./logger";
import { currentRequestId } from "./request-context";

/** An expected failure with an i18n key; actions turn it into `fail(key)`. */
export class AppError extends Error {
  constructor(
    public readonly key: string,
    public readonly status = 400,
  ) {
    super(key);
  }
}

/** Out of scope and missing look the same, so nobody learns that a case exists. */
export class NotFoundError extends AppError {
  constructor() {
    super("common:errors.notFound", 404);
  }
}

/**
 * Logs an unexpected error (one JSON line, no personal data: see logger.ts) and returns the id
 * the user can quote: the request's id (the same as its X-Request-Id and on every log line of
 * that request), or a fresh one outside a request. The message shown stays generic
 * (`common:errors.unexpected`).
 */
export function logUnexpected(err: unknown, where: string): string {
  const reference = currentRequestId() ?? crypto.randomBytes(4).toString("hex");
  log().error({ where, reference, error: errorForLog(err) }, "unexpected error");
  return reference;
}
