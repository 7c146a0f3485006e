// Keyset cursors for the PFIF feeds: the (updatedAt, id) of the last record of a page, opaque to
// partners. Stable under inserts, unlike an offset.
export interface FeedCursor {
  updatedAt: Date;
  id: string;
}

export function encodeCursor(c: FeedCursor): string {
  return Buffer.from(`${c.updatedAt.toISOString()}|${c.id}`).toString("base64url");
}

/** The cursor, or null when it is not one of ours (a 400 for the caller). */
export function decodeCursor(s: string): FeedCursor | null {
  const [at, id] = Buffer.from(s, "base64url").toString("utf8").split("|");
  const updatedAt = at ? new Date(at) : null;
  if (!updatedAt || Number.isNaN(updatedAt.getTime()) || !id || !/^[0-9a-f-]{36}$/i.test(id)) return null;
  return { updatedAt, id };
}
