import "server-only";
import { logCaseAccess, recordCaseEvent } from "@/server/audit";
import { getDb, type Tx } from "@/server/db";
import { AppError, NotFoundError } from "@/server/errors";
import { caseReadScope, caseWriteScope } from "@/server/policy";
import type { Viewer } from "@/server/viewer";
import type { CaseRefInput, DuplicateInput } from "../schemas";

// Merging two claims of the same person (decision 091). The merged claim keeps every row it
// owns (photos, tips, events, its reporter and tracking code); only its duplicateOfId points at
// the primary, which is what the case page, the track page and the matching engine follow.
// Nothing else is rewritten, so unmerging is one pointer cleared and restores every row exactly.

const linkSelect = { id: true, caseNumber: true, duplicateOfId: true, countryCode: true } as const;

/** Both claims, readable by the viewer, row-locked in id order (two merges of a pair queue). */
async function loadPair(tx: Tx, viewer: Viewer, mergedNumber: string, primaryNumber: string) {
  const read = caseReadScope(viewer);
  const merged = await tx.case.findFirst({
    where: { caseNumber: mergedNumber, ...read },
    select: linkSelect,
  });
  if (!merged) throw new NotFoundError();
  const primary = await tx.case.findFirst({
    where: { caseNumber: primaryNumber, ...read },
    select: linkSelect,
  });
  if (!primary) throw new AppError("cases:errors.duplicateTargetNotFound");
  const ids = [merged.id, primary.id].sort();
  await tx.$queryRaw`SELECT id FROM "Case" WHERE id = ANY(${ids}::uuid[]) ORDER BY id FOR UPDATE`;
  return { merged, primary };
}

/**
 * Who may merge or unmerge: police (case:markDuplicate) of the country that owns either claim
 * (in a sandbox, its own practice cases). Out of scope for both looks like not found.
 */
async function assertMayLink(tx: Tx, viewer: Viewer, ids: string[]) {
  const n = await tx.case.count({
    where: { id: { in: ids }, ...caseWriteScope(viewer, "case:markDuplicate") },
  });
  if (n === 0) throw new NotFoundError();
}

async function logBoth(
  tx: Tx,
  viewer: Viewer,
  pair: { merged: { id: string }; primary: { id: string } },
  action: string,
) {
  for (const id of [pair.merged.id, pair.primary.id])
    await logCaseAccess(tx, { caseId: id, userId: viewer.id, action });
}

/** Merges `caseNumber` into the primary `duplicateOf` (which may be in another country). */
export async function mergeClaims(viewer: Viewer, input: DuplicateInput): Promise<void> {
  if (input.caseNumber === input.duplicateOf) throw new AppError("cases:errors.duplicateOfSelf");
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const pair = await loadPair(tx, viewer, input.caseNumber, input.duplicateOf);
    const { merged, primary } = pair;
    await assertMayLink(tx, viewer, [merged.id, primary.id]);
    if (merged.duplicateOfId) throw new AppError("cases:errors.alreadyDuplicate", 409);
    // One level deep: the primary is never itself merged, and a primary is never merged away.
    if (primary.duplicateOfId) throw new AppError("cases:errors.targetIsDuplicate");
    if (await tx.case.count({ where: { duplicateOfId: merged.id } }))
      throw new AppError("cases:errors.hasMergedClaims", 409);
    // Raw SQL on purpose: updatedAt is left as it was (a merge is a link, not an edit of the
    // claim), so unmerge gives back the row exactly; the trace is the events below.
    await tx.$executeRaw`UPDATE "Case" SET "duplicateOfId" = ${primary.id}::uuid WHERE id = ${merged.id}::uuid`;
    const base = { actorKind: "STAFF" as const, actorUserId: viewer.id, type: "DUPLICATE_MARKED" };
    await recordCaseEvent(tx, {
      ...base,
      caseId: merged.id,
      field: "duplicateOf",
      newValue: primary.caseNumber,
    });
    await recordCaseEvent(tx, {
      ...base,
      caseId: primary.id,
      field: "duplicates",
      newValue: merged.caseNumber,
    });
    await logBoth(tx, viewer, pair, "MERGE");
  });
}

/** Undoes mergeClaims for the merged claim `caseNumber`, logged on both claims. */
export async function unmergeClaim(viewer: Viewer, input: CaseRefInput): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const self = await tx.case.findFirst({
      where: { caseNumber: input.caseNumber, ...caseReadScope(viewer) },
      select: { duplicateOf: { select: { caseNumber: true } } },
    });
    if (!self) throw new NotFoundError();
    if (!self.duplicateOf) throw new AppError("cases:errors.notDuplicate", 409);
    const pair = await loadPair(tx, viewer, input.caseNumber, self.duplicateOf.caseNumber);
    const { merged, primary } = pair;
    await assertMayLink(tx, viewer, [merged.id, primary.id]);
    if (merged.duplicateOfId !== primary.id) throw new AppError("cases:errors.notDuplicate", 409);
    await tx.$executeRaw`UPDATE "Case" SET "duplicateOfId" = NULL WHERE id = ${merged.id}::uuid`;
    const base = { actorKind: "STAFF" as const, actorUserId: viewer.id, type: "DUPLICATE_UNMARKED" };
    await recordCaseEvent(tx, {
      ...base,
      caseId: merged.id,
      field: "duplicateOf",
      oldValue: primary.caseNumber,
    });
    await recordCaseEvent(tx, {
      ...base,
      caseId: primary.id,
      field: "duplicates",
      oldValue: merged.caseNumber,
    });
    await logBoth(tx, viewer, pair, "UNMERGE");
  });
}

/** The primary's number when `caseNumber` was merged into a claim the viewer may read. */
export async function findMergedPrimary(viewer: Viewer, caseNumber: string): Promise<string | null> {
  const db = await getDb();
  const row = await db.case.findFirst({
    where: { caseNumber, ...caseReadScope(viewer), duplicateOf: caseReadScope(viewer) },
    select: { duplicateOf: { select: { caseNumber: true } } },
  });
  return row?.duplicateOf?.caseNumber ?? null;
}
