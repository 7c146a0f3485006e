import "server-only";
import type { ActorKind } from "@/generated/prisma/enums";
import type { Tx } from "./db";

export interface CaseEventInput {
  caseId: string;
  actorKind: ActorKind;
  actorUserId?: string | null;
  type: string;
  field?: string;
  oldValue?: string | null;
  newValue?: string | null;
  reason?: string | null;
  body?: string | null;
}

/** Appends to the case history; call inside the transaction that makes the change. */
export function recordCaseEvent(tx: Tx, e: CaseEventInput) {
  return tx.caseEvent.create({ data: e, select: { id: true } });
}

/** Records that staff looked at a case; call inside the transaction that reads it. */
export function logCaseAccess(
  tx: Tx,
  e: { caseId: string; userId: string; action: string; reason?: string | null },
) {
  return tx.caseAccessLog.create({ data: e, select: { id: true } });
}
