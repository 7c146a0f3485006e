// Writing to the outbox: call inside the transaction of the event that causes the message.
// A second call for the same (event, recipient, channel) writes nothing and queues nothing, and
// does not abort the caller's transaction (INSERT … ON CONFLICT DO NOTHING).
import "server-only";
import type { Tx } from "../db";
import { queueJob } from "../jobs";
import type { MessageParams, TemplateName } from "./templates";

export interface NewMessage {
  /** What caused it, e.g. `case-event:<id>`. */
  eventKey: string;
  channel: "EMAIL" | "SMS";
  recipient: string;
  template: TemplateName;
  locale: string;
  params: MessageParams;
  /** Null for a staff message (the digest), which is about no one case. */
  caseId: string | null;
  /** Staff messages: the recipient's country (whose admins see it in the delivery log). */
  countryCode?: string | null;
}

/** Returns the new message's id, or null if this message was already written. */
export async function enqueueMessage(tx: Tx, m: NewMessage): Promise<string | null> {
  const rows = await tx.outboundMessage.createManyAndReturn({
    data: [{ ...m, params: { ...m.params } }],
    skipDuplicates: true,
    select: { id: true },
  });
  const id = rows[0]?.id;
  if (!id) return null;
  await queueJob("message-deliver", { id }, { tx });
  return id;
}
