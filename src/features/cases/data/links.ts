import "server-only";
import { recordCaseEvent } from "@/server/audit";
import { getDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { caseReadScope } from "@/server/policy";
import type { Viewer } from "@/server/viewer";
import type { CaseRefInput, DuplicateInput, PublicationInput } from "../schemas";
import { findWritableCase } from "./writable-case";

/**
 * Marks a case (of the viewer's country) as a duplicate of another case they can read, which may
 * be in another country: the same child is often reported on both sides of a border. Logged on
 * both cases; any pending duplicate candidate between them counts as reviewed.
 */
export async function markDuplicate(viewer: Viewer, input: DuplicateInput): Promise<void> {
  if (input.caseNumber === input.duplicateOf) throw new AppError("cases:errors.duplicateOfSelf");
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const c = await findWritableCase(tx, viewer, input.caseNumber, "case:markDuplicate", {
      id: true,
      duplicateOfId: true,
    });
    if (c.duplicateOfId) throw new AppError("cases:errors.alreadyDuplicate");
    const target = await tx.case.findFirst({
      where: { caseNumber: input.duplicateOf, ...caseReadScope(viewer) },
      select: { id: true, duplicateOfId: true },
    });
    if (!target) throw new AppError("cases:errors.duplicateTargetNotFound");
    // Keep links one level deep: point at the original, never at another duplicate.
    if (target.duplicateOfId) throw new AppError("cases:errors.targetIsDuplicate");
    const updated = await tx.case.updateMany({
      where: { id: c.id, duplicateOfId: null },
      data: { duplicateOfId: target.id },
    });
    if (updated.count !== 1) throw new AppError("cases:errors.alreadyDuplicate", 409);
    await tx.duplicateCandidate.updateMany({
      where: {
        OR: [
          { caseId: c.id, otherCaseId: target.id },
          { caseId: target.id, otherCaseId: c.id },
        ],
        reviewedAt: null,
      },
      data: { reviewedAt: new Date() },
    });
    const base = { actorKind: "STAFF" as const, actorUserId: viewer.id, type: "DUPLICATE_MARKED" };
    await recordCaseEvent(tx, { ...base, caseId: c.id, field: "duplicateOf", newValue: input.duplicateOf });
    await recordCaseEvent(tx, {
      ...base,
      caseId: target.id,
      field: "duplicates",
      newValue: input.caseNumber,
    });
  });
}

/** Undoes markDuplicate, logged on both cases. */
export async function unmarkDuplicate(viewer: Viewer, input: CaseRefInput): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const c = await findWritableCase(tx, viewer, input.caseNumber, "case:markDuplicate", {
      id: true,
      duplicateOfId: true,
      duplicateOf: { select: { caseNumber: true } },
    });
    if (!c.duplicateOfId || !c.duplicateOf) throw new AppError("cases:errors.notDuplicate");
    const updated = await tx.case.updateMany({
      where: { id: c.id, duplicateOfId: c.duplicateOfId },
      data: { duplicateOfId: null },
    });
    if (updated.count !== 1) throw new AppError("cases:errors.notDuplicate", 409);
    const base = { actorKind: "STAFF" as const, actorUserId: viewer.id, type: "DUPLICATE_UNMARKED" };
    await recordCaseEvent(tx, {
      ...base,
      caseId: c.id,
      field: "duplicateOf",
      oldValue: c.duplicateOf.caseNumber,
    });
    await recordCaseEvent(tx, {
      ...base,
      caseId: c.duplicateOfId,
      field: "duplicates",
      oldValue: input.caseNumber,
    });
  });
}

/** Cases in these statuses are the ones the public bulletin may show. */
const PUBLISHABLE = ["VERIFIED", "ACTIVE"] as const;

/**
 * Approves (or revokes) publication on the public bulletin. Minors never appear there without
 * this approval; a withdrawn consent cannot be overridden.
 */
export async function setPublicationApproval(viewer: Viewer, input: PublicationInput): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const c = await findWritableCase(tx, viewer, input.caseNumber, "case:approvePublication", {
      id: true,
      status: true,
      consentWithdrawnAt: true,
      publicationApprovedAt: true,
    });
    if (input.approve === !!c.publicationApprovedAt) return;
    if (input.approve && c.consentWithdrawnAt) throw new AppError("cases:errors.consentWithdrawn");
    if (input.approve && !(PUBLISHABLE as readonly string[]).includes(c.status)) {
      throw new AppError("cases:errors.notPublishable");
    }
    await tx.case.update({
      where: { id: c.id },
      data: input.approve
        ? { publicationApprovedAt: new Date(), publicationApprovedBy: viewer.id }
        : { publicationApprovedAt: null, publicationApprovedBy: null },
    });
    await recordCaseEvent(tx, {
      caseId: c.id,
      actorKind: "STAFF",
      actorUserId: viewer.id,
      type: input.approve ? "PUBLICATION_APPROVED" : "PUBLICATION_REVOKED",
      field: "publication",
    });
  });
}
