// Keyset cursors for the PFIF feeds: the (updatedAt, id) of the last record of a page, opaque to
// partners (lib/api/cursor.ts). Stable under inserts, unlike an offset.
import { z } from "zod";
import {
  cursorId,
  cursorInstant,
  decodeCursor as decodeKey,
  encodeCursor as encodeKey,
} from "@/lib/api/cursor";

export interface FeedCursor {
  updatedAt: Date;
  id: string;
}

const FeedKey = z.tuple([z.literal("pfif"), cursorInstant, cursorId]);

export function encodeCursor(c: FeedCursor): string {
  return encodeKey(["pfif", c.updatedAt.toISOString(), c.id]);
}

/** The cursor, or null when it is not one of ours (a 400 for the caller). */
export function decodeCursor(s: string): FeedCursor | null {
  const key = decodeKey(s, FeedKey);
  return key ? { updatedAt: key[1], id: key[2] } : null;
}
