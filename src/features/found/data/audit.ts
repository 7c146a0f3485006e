import "server-only";
import type { Tx } from "@/server/db";

export interface FoundEventInput {
  foundPersonId: string;
  actorUserId: string | null;
  type: string;
  field?: string;
  oldValue?: string | null;
  newValue?: string | null;
  reason?: string | null;
  body?: string | null;
}

/** Appends to the record's history (append-only table); call inside the changing transaction. */
export function recordFoundEvent(tx: Tx, e: FoundEventInput) {
  return tx.foundPersonEvent.create({
    data: { ...e, actorKind: e.actorUserId ? "STAFF" : "SYSTEM" },
    select: { id: true },
  });
}

/** Records that staff looked at a found record; call inside the transaction that reads it. */
export function logFoundAccess(tx: Tx, e: { foundPersonId: string; userId: string; action: string }) {
  return tx.foundPersonAccessLog.create({ data: e, select: { id: true } });
}
