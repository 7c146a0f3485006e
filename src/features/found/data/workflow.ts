import "server-only";
import { getDb, type Tx } from "@/server/db";
import { AppError, NotFoundError } from "@/server/errors";
import { foundWriteScope, type Permission } from "@/server/policy";
import type { Viewer } from "@/server/viewer";
import type { FoundNoteInput, FoundStatusInput } from "../schemas";
import { scheduleMatching } from "@/features/matching/data";
import { canTransitionFound, nextFoundStatuses } from "../status-machine";
import { recordFoundEvent } from "./audit";

async function findWritable(tx: Tx, viewer: Viewer, foundNumber: string, permission: Permission) {
  const row = await tx.foundPerson.findFirst({
    where: { foundNumber, ...foundWriteScope(viewer, permission) },
    select: { id: true, status: true },
  });
  if (!row) throw new NotFoundError();
  return row;
}

/**
 * Moves a found record along the status machine, with a reason. Applies only while the record is
 * still in the status the user saw (`from`): a colleague's change meanwhile is never overwritten.
 */
export async function changeFoundStatus(viewer: Viewer, input: FoundStatusInput): Promise<void> {
  const { from, to } = input;
  const db = await getDb();
  const id = await db.$transaction(async (tx) => {
    const row = await findWritable(tx, viewer, input.foundNumber, "found:updateStatus");
    if (!nextFoundStatuses(from).includes(to)) throw new AppError("found:errors.invalidTransition");
    if (!canTransitionFound(viewer, from, to)) throw new AppError("common:errors.forbidden", 403);
    const updated = await tx.foundPerson.updateMany({
      where: { id: row.id, status: from },
      data: { status: to },
    });
    if (updated.count !== 1) throw new AppError("found:errors.staleStatus", 409);
    await recordFoundEvent(tx, {
      foundPersonId: row.id,
      actorUserId: viewer.id,
      type: "STATUS_CHANGED",
      field: "status",
      oldValue: from,
      newValue: to,
      reason: input.reason,
    });
    return row.id;
  });
  // Back to open (or under review): compare it again with the claims filed meanwhile.
  const reopened = (from === "IDENTIFIED" || from === "CLOSED") && (to === "OPEN" || to === "UNDER_REVIEW");
  if (reopened) scheduleMatching({ kind: "found", id });
}

/** A note on the record's history (own country only). */
export async function addFoundNote(viewer: Viewer, input: FoundNoteInput): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const row = await findWritable(tx, viewer, input.foundNumber, "found:addNote");
    await recordFoundEvent(tx, {
      foundPersonId: row.id,
      actorUserId: viewer.id,
      type: "NOTE_ADDED",
      body: input.body,
    });
  });
}
