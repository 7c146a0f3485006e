import "server-only";
import { recordAuditEvent } from "@/server/audit-event";
import { getDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { hashPassword } from "@/server/password";
import type { Viewer } from "@/server/viewer";
import { findManagedAttendee } from "./access";
import { generatePassword } from "./codes";

export type PromoteResult =
  { kind: "created"; email: string; password: string } | { kind: "linked"; email: string };

/**
 * Makes a trainee who completed a train-the-trainers session a TRAINER, so they can lead their
 * own cascade sessions. A new account gets a password shown once; an existing trainer account
 * with the same email (same country) is linked instead. Any other existing account is left
 * alone: changing someone's role is an administrator's decision.
 */
export async function promoteAttendee(viewer: Viewer, attendeeId: string): Promise<PromoteResult> {
  const db = await getDb();
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const a = await findManagedAttendee(tx, viewer, attendeeId);
    if (a.session.kind !== "TRAIN_THE_TRAINERS") throw new AppError("training:errors.notTrainTheTrainers");
    if (!a.completedAt) throw new AppError("training:errors.notCompleted");
    if (a.promotedUserId) throw new AppError("training:errors.alreadyPromoted");
    if (!a.email) throw new AppError("training:errors.emailRequiredForPromotion");
    const existing = await tx.user.findUnique({
      where: { email: a.email.toLowerCase() },
      select: { id: true, role: true, countryCode: true, practiceSessionId: true, disabledAt: true },
    });
    let result: PromoteResult;
    let userId: string;
    if (existing) {
      const usable =
        existing.role === "TRAINER" &&
        existing.countryCode === a.session.countryCode &&
        !existing.practiceSessionId &&
        !existing.disabledAt;
      if (!usable) throw new AppError("training:errors.emailTaken");
      userId = existing.id;
      result = { kind: "linked", email: a.email };
    } else {
      const country = await tx.country.findUniqueOrThrow({
        where: { code: a.session.countryCode },
        select: { defaultLocale: true },
      });
      const user = await tx.user.create({
        data: {
          email: a.email.toLowerCase(),
          name: a.name,
          role: "TRAINER",
          countryCode: a.session.countryCode,
          regionId: a.regionId,
          locale: country.defaultLocale,
          passwordHash,
        },
        select: { id: true },
      });
      userId = user.id;
      result = { kind: "created", email: a.email.toLowerCase(), password };
    }
    // Guarded update: a concurrent promotion of the same attendee loses and rolls back.
    const updated = await tx.trainingAttendee.updateMany({
      where: { id: a.id, promotedUserId: null },
      data: { promotedUserId: userId },
    });
    if (updated.count !== 1) throw new AppError("training:errors.alreadyPromoted");
    await recordAuditEvent(tx, viewer, {
      action:
        result.kind === "created" ? "training.attendee.promoteNewUser" : "training.attendee.promoteLink",
      targetType: "TrainingAttendee",
      targetId: a.id,
      countryCode: a.session.countryCode,
      before: { promotedUserId: null },
      after: { promotedUserId: userId, email: result.email, role: "TRAINER" },
    });
    return result;
  });
}
