import "server-only";
import { isDbUnavailable } from "./db-errors";
import { errorForLog, log } from "./logger";
import { currentRequestId } from "./request-context";

/**
 * A database read of the shared layout (the header's viewer and unread count), which must not
 * take the whole document down with it: the root layout has no error boundary of its own but
 * global-error.tsx, so an outage there would replace the page and its own error.tsx (translated,
 * with the request id as reference) by a bare page. When the database is unavailable (down,
 * timing out, a lock past its timeout) the layout renders without what it wanted (`undefined`)
 * and logs it with the request id; the page then fails on the same outage inside error.tsx, or
 * renders when it needs nothing from the database. Any other error (a bug) still throws.
 */
export async function readForLayout<T>(what: string, read: () => Promise<T>): Promise<T | undefined> {
  try {
    return await read();
  } catch (err) {
    if (!isDbUnavailable(err)) throw err;
    log().warn(
      { reference: currentRequestId(), where: what, error: errorForLog(err) },
      "database unavailable: layout rendered without it",
    );
    return undefined;
  }
}
