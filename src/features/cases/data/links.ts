import "server-only";
import { recordCaseEvent } from "@/server/audit";
import { getDb } from "@/server/db";
import { AppError } from "@/server/errors";
import type { Viewer } from "@/server/viewer";
import type { PublicationInput } from "../schemas";
import { findWritableCase } from "./writable-case";

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
