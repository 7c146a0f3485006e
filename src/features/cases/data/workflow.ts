import "server-only";
import { familyTemplateForStatus, notifyReporter } from "@/features/notifications/data";
import { recordCaseEvent } from "@/server/audit";
import { getDb, type Tx } from "@/server/db";
import { AppError } from "@/server/errors";
import { caseWriteScope } from "@/server/policy";
import type { Viewer } from "@/server/viewer";
import type { CaseStatus } from "@/generated/prisma/enums";
import type { StatusChangeInput } from "../schemas";
import { scheduleMatching } from "@/features/matching/data";
import { canTransition, isReopening, isTransition } from "../status-machine";
import { findWritableCase } from "./writable-case";

/**
 * Moves a case along the status machine. The update only applies while the case is still in the
 * status the officer saw (`from`): if a colleague changed it meanwhile, nothing is written and
 * the officer is asked to reload, instead of one decision silently overwriting the other.
 */
export async function changeCaseStatus(viewer: Viewer, input: StatusChangeInput): Promise<void> {
  const { from, to } = input;
  const db = await getDb();
  const caseId = await db.$transaction(async (tx) => {
    const c = await findWritableCase(tx, viewer, input.caseNumber, "case:updateStatus", {
      id: true,
      status: true,
    });
    if (!isTransition(from, to)) throw new AppError("cases:errors.invalidTransition");
    if (!canTransition(viewer, from, to)) throw new AppError("common:errors.forbidden", 403);
    await moveCaseStatus(tx, viewer, { caseId: c.id, from, to, reason: input.reason });
    return c.id;
  });
  // A re-opened case is searched for again: match it against what was recorded meanwhile.
  if (isReopening(from, to)) scheduleMatching({ kind: "claim", id: caseId });
}

/**
 * One step of the status machine inside the caller's transaction: the update (only while the case
 * is still in `from`, in the viewer's write scope), its STATUS_CHANGED event and, unless
 * `tellFamily` is false, the family's email for the new status. Matching's confirmation walks
 * several steps and tells the family only at the last one.
 */
export async function moveCaseStatus(
  tx: Tx,
  viewer: Viewer,
  step: { caseId: string; from: CaseStatus; to: CaseStatus; reason: string; tellFamily?: boolean },
): Promise<void> {
  const { caseId, from, to } = step;
  const updated = await tx.case.updateMany({
    where: { id: caseId, status: from, ...caseWriteScope(viewer, "case:updateStatus") },
    data: { status: to },
  });
  if (updated.count !== 1) throw new AppError("cases:errors.staleStatus", 409);
  const event = await recordCaseEvent(tx, {
    caseId,
    actorKind: "STAFF",
    actorUserId: viewer.id,
    type: "STATUS_CHANGED",
    field: "status",
    oldValue: from,
    newValue: to,
    reason: step.reason,
  });
  // The family's email (if they asked for news) commits with the change or not at all.
  const template = step.tellFamily === false ? null : familyTemplateForStatus(to);
  if (template) await notifyReporter(tx, caseId, event.id, template);
}
