import "server-only";
import { recordCaseEvent } from "@/server/audit";
import { getDb } from "@/server/db";
import { AppError } from "@/server/errors";
import type { Viewer } from "@/server/viewer";
import { publicationBlocker } from "../publication-rules";
import type { PhotoReleaseInput, PublicationInput } from "../schemas";
import { findWritableCase } from "./writable-case";

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
    const blocker = input.approve ? publicationBlocker(c) : null;
    if (blocker) throw new AppError(blocker);
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

/**
 * Lets a photo the family added from the track page onto the public pages (decision 182). The
 * same permission as approving publication: whoever may put the case on the bulletin decides
 * whether this photo of the person may be seen there. A retry after a success changes nothing.
 */
export async function releaseHeldPhoto(viewer: Viewer, input: PhotoReleaseInput): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const c = await findWritableCase(tx, viewer, input.caseNumber, "case:approvePublication", { id: true });
    const photo = await tx.casePhoto.findFirst({
      where: { id: input.photoId, caseId: c.id },
      select: { position: true, heldForReviewAt: true },
    });
    if (!photo) throw new AppError("cases:photoReview.unknown", 404);
    if (!photo.heldForReviewAt) return;
    await tx.casePhoto.update({ where: { id: input.photoId }, data: { heldForReviewAt: null } });
    await recordCaseEvent(tx, {
      caseId: c.id,
      actorKind: "STAFF",
      actorUserId: viewer.id,
      type: "PHOTO_RELEASED",
      field: "photos",
      newValue: String(photo.position + 1),
    });
  });
}
