import crypto from "node:crypto";

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
 * Logs an unexpected error with a short id the user can quote, and returns that id.
 * The message shown to the user stays generic (`common:errors.unexpected`).
 */
export function logUnexpected(err: unknown, where: string): string {
  const id = crypto.randomBytes(4).toString("hex");
  console.error(`[${id}] ${where}:`, err);
  return id;
}
