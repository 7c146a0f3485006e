// Database errors an operator or a user can act on: a sentence for the start-up check, and the
// one question the request pipeline asks ("is the database unavailable?") so an outage or a
// timeout becomes 503 + "try again" instead of "unexpected error".

import { env } from "./env";

/** PostgreSQL SQLSTATEs that mean "not now", not "your request is wrong". */
const UNAVAILABLE_SQLSTATES = new Set([
  "57014", // query_canceled: statement_timeout fired
  "55P03", // lock_not_available: lock_timeout fired
  "57P01", // admin_shutdown (fast/immediate stop, pg_terminate_backend)
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now: starting up or in recovery
  "53300", // too_many_connections
  "53400", // configuration_limit_exceeded
  "40001", // serialization_failure
  "40P01", // deadlock_detected
  "25P03", // idle_in_transaction_session_timeout
]);

/** Prisma's own codes for the same situations. */
const UNAVAILABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028", "P2034"]);

/** What Prisma's driver adapters call them (DriverAdapterError cause kinds). */
const UNAVAILABLE_ADAPTER_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
  "TransactionWriteConflict",
]);

const UNAVAILABLE_NODE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
]);

// node-postgres raises these as plain Errors without a code.
const UNAVAILABLE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection is closed|Can't reach database server|server closed the connection|the database system is (starting up|shutting down|in recovery mode)|Transaction already closed|Unable to start a transaction in the given time|canceling statement due to (statement|lock) timeout/i;

type Shape = {
  code?: unknown;
  kind?: unknown;
  originalCode?: unknown;
  message?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: unknown };
  errors?: unknown;
};

/** The error and everything it wraps (cause, Prisma's driverAdapterError, AggregateError). */
function* chain(err: unknown, depth = 0): Generator<Shape> {
  if (!err || typeof err !== "object" || depth > 6) return;
  const e = err as Shape;
  yield e;
  yield* chain(e.cause, depth + 1);
  yield* chain(e.meta?.driverAdapterError, depth + 1);
  if (Array.isArray(e.errors)) for (const inner of e.errors) yield* chain(inner, depth + 1);
}

function isUnavailableShape(e: Shape): boolean {
  const code = typeof e.code === "string" ? e.code : undefined;
  const original = typeof e.originalCode === "string" ? e.originalCode : undefined;
  if (code && (UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_PRISMA_CODES.has(code))) return true;
  if (code?.startsWith("08")) return true; // connection_exception class
  if (code && UNAVAILABLE_NODE_CODES.has(code)) return true;
  if (original && (UNAVAILABLE_SQLSTATES.has(original) || original.startsWith("08"))) return true;
  if (typeof e.kind === "string" && UNAVAILABLE_ADAPTER_KINDS.has(e.kind)) return true;
  return typeof e.message === "string" && UNAVAILABLE_MESSAGES.test(e.message);
}

/**
 * True when the error means the database is down, restarting, out of connections or timing out:
 * the request was fine and may succeed in a minute. Works on raw pg and PGlite errors and on
 * Prisma's wrapped ones (the SQLSTATE sits in meta.driverAdapterError.cause).
 */
export function isDbUnavailable(err: unknown): boolean {
  for (const e of chain(err)) if (isUnavailableShape(e)) return true;
  return false;
}

/** Seconds a client should wait before retrying after an outage answer. */
export const DB_RETRY_AFTER_SECONDS = 30;

// Turns connection failures into a sentence an operator can act on, instead of a stack trace.
export function describeDbError(err: unknown): string {
  const e = err as { code?: string; message?: string };
  const url = env().DATABASE_URL;
  const where = url ? redactUrl(url) : "the embedded database (PGlite)";
  switch (e?.code) {
    case "ECONNREFUSED":
    case "ENOTFOUND":
    case "ETIMEDOUT":
    case "EAI_AGAIN":
      return `Cannot reach the database at ${where} (${e.code}). Is PostgreSQL running and DATABASE_URL correct?`;
    case "28P01":
    case "28000":
      return `The database at ${where} refused the credentials in DATABASE_URL.`;
    case "3D000":
      return `The database named in DATABASE_URL does not exist (${where}). Create it first.`;
    default:
      return `Database error at ${where}: ${e?.message ?? String(err)}`;
  }
}

/** Hides the password of a connection URL before it reaches a log. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(unparseable DATABASE_URL)";
  }
}
