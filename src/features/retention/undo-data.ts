// The undo window (decision 143): what retention runs soft-deleted in the last UNDO_DAYS, and
// restoring it. A super-admin sees every country, a country admin their own; restoring is an
// AuditEvent and touches the case, so its rule's clock starts again (it is not taken next night).
import "server-only";
import { recordAuditEvent } from "@/server/audit-event";
import { getDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { WITH_SOFT_DELETED } from "@/server/soft-delete";
import type { Viewer } from "@/server/viewer";
import { reportRetention } from "./run";
import { requireRetentionCountry } from "./rules-data";
import type { RetentionRestoreInput } from "./schemas";
import { undoable } from "./selections";

const countryOf = (countryCode: string | null) => (countryCode ? { countryCode } : {});

/** Cases soft-deleted, or with photos soft-deleted, within the undo window. */
export async function listUndoable(viewer: Viewer, now = new Date()) {
  const countryCode = requireRetentionCountry(viewer);
  const db = await getDb();
  const rows = await db.case.findMany({
    where: {
      practiceSessionId: null,
      ...countryOf(countryCode),
      ...WITH_SOFT_DELETED,
      OR: [{ deletedAt: undoable(now) }, { deletedAt: null, photos: { some: { deletedAt: undoable(now) } } }],
    },
    select: {
      caseNumber: true,
      countryCode: true,
      deletedAt: true,
      retentionAction: true,
      photos: { where: { deletedAt: undoable(now) }, select: { deletedAt: true } },
    },
    orderBy: { caseNumber: "asc" },
    take: 200,
  });
  return rows.map((r) => ({
    caseNumber: r.caseNumber,
    countryCode: r.countryCode,
    removedAt: r.deletedAt ?? r.photos[0]?.deletedAt ?? null,
    action: r.retentionAction ?? "DELETE",
    photosOnly: !r.deletedAt,
    photos: r.photos.length,
  }));
}

/** Restores one case (and its soft-deleted photos) within the undo window; audited. */
export async function restoreRetained(viewer: Viewer, input: RetentionRestoreInput, now = new Date()) {
  const countryCode = requireRetentionCountry(viewer);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const c = await tx.case.findFirst({
      where: {
        caseNumber: input.caseNumber,
        practiceSessionId: null,
        ...countryOf(countryCode),
        ...WITH_SOFT_DELETED,
        OR: [
          { deletedAt: undoable(now) },
          { deletedAt: null, photos: { some: { deletedAt: undoable(now) } } },
        ],
      },
      select: { id: true, countryCode: true, deletedAt: true, retentionAction: true },
    });
    if (!c) throw new AppError("retention:errors.notRestorable");
    const photos = await tx.casePhoto.updateMany({
      where: { caseId: c.id, deletedAt: undoable(now) },
      data: { deletedAt: null },
    });
    await tx.case.update({
      where: { id: c.id, deletedAt: c.deletedAt },
      data: { deletedAt: null, retentionAction: null },
    });
    await recordAuditEvent(tx, viewer, {
      action: "retention.restore",
      targetType: "Case",
      targetId: input.caseNumber,
      countryCode: c.countryCode,
      before: { deletedAt: c.deletedAt, retentionAction: c.retentionAction, photos: photos.count },
      after: { deletedAt: null, retentionAction: null, photos: 0 },
    });
  });
}

/** The dry run shown on the admin page: the viewer's country, or everything for a super-admin. */
export async function getRetentionDryRun(viewer: Viewer, now = new Date()) {
  const countryCode = requireRetentionCountry(viewer);
  return reportRetention(await getDb(), now, countryCode ?? undefined);
}
