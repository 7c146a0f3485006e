// How long the app waits on the database before giving up. Without these, a locked table made
// requests hang for the whole lock (30 s and more) and Prisma's transaction timeout fired only
// after the stuck statement returned. Each is set on every pooled connection as a startup
// parameter, so nothing waits longer than a person would. The embedded database (PGlite) has one
// connection and cannot cancel a running statement, so these apply to PostgreSQL only.
// Shared by the app, scripts and tests: no server-only imports. Values from src/server/env.ts.
import { env } from "./env";

export interface DbTimeouts {
  /** statement_timeout: any single statement. */
  statementMs: number;
  /** lock_timeout: waiting for a row or table lock (shorter: a lock wait is never useful work). */
  lockMs: number;
  /** Waiting for a connection: TCP connect and a free slot in the pool. */
  connectMs: number;
  /** idle_in_transaction_session_timeout: a crashed request must not hold locks forever. */
  idleInTransactionMs: number;
}

export function dbTimeouts(): DbTimeouts {
  const e = env();
  return {
    statementMs: e.DATABASE_STATEMENT_TIMEOUT_MS,
    lockMs: e.DATABASE_LOCK_TIMEOUT_MS,
    connectMs: e.DATABASE_CONNECT_TIMEOUT_MS,
    idleInTransactionMs: e.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS,
  };
}

/**
 * Options for an interactive Prisma transaction that fit inside the timeouts above: waiting for
 * the transaction's connection is bounded by the connect timeout, and the whole transaction may
 * run a few statements' worth, so it fails on its own rather than outliving the request.
 */
export function transactionOptions(t: DbTimeouts = dbTimeouts()) {
  return { maxWait: t.connectMs, timeout: t.statementMs * 3 };
}
