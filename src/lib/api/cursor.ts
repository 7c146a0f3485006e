// Opaque keyset cursors for the API's lists: the sort key of the last row of a page, as
// base64url JSON. A keyset (unlike an offset) stays stable while rows are added: a partner that
// walks the pages sees no row twice and skips none that existed when it started.
// The list that made the cursor checks it back with its own tuple schema, so a cursor made for
// one list (or edited by hand) is a 400, never a silently wrong page.
import { z } from "zod";

export type CursorValue = string | number | boolean | null;

export function encodeCursor(key: readonly CursorValue[]): string {
  return Buffer.from(JSON.stringify(key), "utf8").toString("base64url");
}

/** The decoded key, or null when the cursor is not one this list made. */
export function decodeCursor<T>(cursor: string, schema: z.ZodType<T>): T | null {
  if (cursor.length > 400 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Cursor parts: an ISO instant that decodes to a Date, a row id, a finite score. */
export const cursorInstant = z.iso.datetime().transform((s) => new Date(s));
export const cursorId = z.uuid();
export const cursorScore = z.number().finite();

/** The `cursor` a list accepts: opaque, bounded; one the list did not make is a 400 of its own. */
export const cursorParam = z.string().max(400, { error: "partners:errors.cursor" }).optional();
