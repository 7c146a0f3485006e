// zod schemas of the inbox: the filter (GET parameters, no personal data) and the mark form.
import { z } from "zod";

export const INBOX_KINDS = [
  "NEW_CLAIM",
  "TIP",
  "CHECK_IN",
  "MATCH",
  "ALERT",
  "REQUEST",
  "STALE_CASE",
  "REMOVAL",
  "DIGEST",
] as const;
export const INBOX_STATES = ["open", "unread", "done"] as const;
export const INBOX_MARKS = ["read", "unread", "done", "reopen", "open"] as const;

const blank = (v: unknown) => (v === "" || v === null || Array.isArray(v) ? undefined : v);

/** Unknown values fall back to the default view rather than erroring: it is only a filter. */
export const InboxFilter = z.object({
  kind: z.preprocess(blank, z.enum(INBOX_KINDS).optional()).catch(undefined),
  state: z.preprocess(blank, z.enum(INBOX_STATES).default("open")).catch("open"),
  page: z.preprocess(blank, z.coerce.number().int().min(1).max(200).default(1)).catch(1),
});
export type InboxFilter = z.infer<typeof InboxFilter>;

export const InboxMarkInput = z.object({
  itemId: z.uuid("inbox:errors.invalid"),
  mark: z.enum(INBOX_MARKS, { message: "inbox:errors.invalid" }),
});
export type InboxMarkInput = z.infer<typeof InboxMarkInput>;
