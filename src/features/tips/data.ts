import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { findBulletinCaseId } from "@/features/bulletin/data";
import { notifyCaseTeam } from "@/features/inbox/data";
import type { Locale } from "@/i18n/settings";
import { recordCaseEvent } from "@/server/audit";
import { getDb } from "@/server/db";
import { AppError, NotFoundError } from "@/server/errors";
import type { TipEnvelope, TipInput } from "./schemas";

// Tips go to staff only. Nothing here returns a tip's content to the public: the submitter gets
// an acknowledgement, staff read tips through the case timeline (cases feature, case:readTips).

export interface TipReceipt {
  /** True when this submissionId had already been stored: a retry, nothing new written. */
  duplicate: boolean;
}

/**
 * The stored tip for a submissionId, if any. A retry of an acknowledged tip must succeed even
 * when the case has left the bulletin since, or the IP is now rate-limited.
 */
export async function findTipReceipt(envelope: TipEnvelope): Promise<TipReceipt | null> {
  const db = await getDb();
  const tip = await db.tip.findUnique({
    where: { submissionId: envelope.submissionId },
    select: { case: { select: { publicId: true } } },
  });
  if (!tip) return null;
  // The same id for another poster is a client bug, never a silent success.
  if (tip.case.publicId !== envelope.publicId) throw new AppError("bulletin:tip.errors.reload", 409);
  return { duplicate: true };
}

/**
 * Stores a tip for a case that is on the bulletin right now (otherwise not found) and records
 * TIP_RECEIVED in the case history in the same transaction. The event carries the tip's id but
 * none of its words: the history is shown to more people than the tip needs.
 */
export async function submitTip(
  envelope: TipEnvelope,
  input: TipInput,
  locale: Locale,
  now = new Date(),
): Promise<TipReceipt> {
  const db = await getDb();
  try {
    await db.$transaction(async (tx) => {
      const caseId = await findBulletinCaseId(tx, envelope.publicId, now);
      if (!caseId) throw new NotFoundError();
      const tip = await tx.tip.create({
        data: {
          caseId,
          submissionId: envelope.submissionId,
          body: input.what,
          seenWhere: input.where ?? null,
          seenWhen: input.when ?? null,
          contact: input.contact ?? null,
          locale,
        },
        select: { id: true },
      });
      await recordCaseEvent(tx, {
        caseId,
        actorKind: "PUBLIC",
        type: "TIP_RECEIVED",
        field: "tip",
        newValue: tip.id,
      });
      // The case's officer (or its country team) hears of it; the item holds the id, not the words.
      await notifyCaseTeam(tx, caseId, { kind: "TIP", refId: tip.id, dedupeKey: `tip:${tip.id}` });
    });
    return { duplicate: false };
  } catch (err) {
    // Two copies of the same submission raced: the other one was stored, so this is a retry.
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") {
      const receipt = await findTipReceipt(envelope);
      if (receipt) return receipt;
    }
    throw err;
  }
}
