// A sandbox outlives its session only briefly: practice logins and practice cases are wiped two
// days after the session's last day began (UTC), i.e. at least a day after it ended in any time
// zone of the participating countries. Run by the "practice-sandbox-expire" job (./jobs.ts);
// a trainer can still wipe earlier by hand (wipePracticeData).
import "server-only";
import { recordAuditEvent } from "@/server/audit-event";
import { deleteStoredPhotos } from "@/server/photo-store";
import type { Db } from "@/server/db";
import type { Viewer } from "@/server/viewer";

export const SANDBOX_DAYS_AFTER_SESSION = 2;

type StoredPhotoRow = Parameters<typeof deleteStoredPhotos>[0][number];

/**
 * Disables the session's practice logins (signed-in trainees lose access at once) and deletes
 * its practice cases and practice found records (their photo files after commit) in one transaction, with its `training.sandbox.wipe` audit row (actor null =
 * the expiry job), then deletes the logins.
 */
export async function wipeSandbox(db: Db, sessionId: string, actor: Viewer | null = null) {
  let photos: StoredPhotoRow[] = [];
  const cases = await db.$transaction(async (tx) => {
    const logins = await tx.user.updateMany({
      where: { practiceSessionId: sessionId },
      data: { disabledAt: new Date(), sessionVersion: { increment: 1 } },
    });
    const removed = await tx.case.deleteMany({ where: { practiceSessionId: sessionId } });
    photos = await tx.foundPersonPhoto.findMany({
      where: { foundPerson: { practiceSessionId: sessionId } },
      select: { storageKey: true, thumbKey: true, mimeType: true, width: true, height: true, bytes: true },
    });
    // Before the logins: a found record points at the login that recorded it.
    const found = await tx.foundPerson.deleteMany({ where: { practiceSessionId: sessionId } });
    const session = await tx.trainingSession.findUnique({
      where: { id: sessionId },
      select: { countryCode: true },
    });
    await recordAuditEvent(tx, actor, {
      action: "training.sandbox.wipe",
      targetType: "TrainingSession",
      targetId: sessionId,
      countryCode: session?.countryCode ?? null,
      before: { practiceCases: removed.count, practiceFound: found.count, practiceLogins: logins.count },
      after: { practiceCases: 0, practiceFound: 0, practiceLogins: 0 },
    });
    return removed;
  });
  await deleteStoredPhotos(photos);
  let logins = 0;
  try {
    logins = (await db.user.deleteMany({ where: { practiceSessionId: sessionId } })).count;
  } catch {
    // A row elsewhere still points at a login: it stays disabled, which is enough.
  }
  return { cases: cases.count, logins };
}

/** Wipes every sandbox whose session ended; returns what was removed. */
export async function expireEndedSandboxes(db: Db, now = new Date()) {
  const cutoff = new Date(now.getTime() - SANDBOX_DAYS_AFTER_SESSION * 86_400_000);
  const sessions = await db.$queryRaw<{ id: string }[]>`
    SELECT s.id FROM "TrainingSession" s
    WHERE COALESCE(s."endDate", s."startDate") < ${cutoff}::date
      AND (EXISTS (SELECT 1 FROM "User" u WHERE u."practiceSessionId" = s.id)
           OR EXISTS (SELECT 1 FROM "Case" c WHERE c."practiceSessionId" = s.id)
           OR EXISTS (SELECT 1 FROM "FoundPerson" f WHERE f."practiceSessionId" = s.id))`;
  const total = { sessions: 0, cases: 0, logins: 0 };
  for (const s of sessions) {
    const r = await wipeSandbox(db, s.id);
    total.sessions++;
    total.cases += r.cases;
    total.logins += r.logins;
  }
  return total;
}
