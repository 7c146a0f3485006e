// Answering a "Still missing?" check-in through its signed link (no account). The token is the
// only credential: it names one CheckIn row, and the row decides whether the link still works
// (not answered, not expired, case still open). "Came home" and "new information" put an item
// in the inbox of the people who work the case (the inbox's own addressing and read scope,
// decision 085), written by recordFamilyAnswer, which the track page's "came home" shares;
// nothing here changes the case's status — the officer decides that.
import "server-only";
import { getDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { verifyCheckIn } from "@/server/outbox/check-in-token";
import { CHECK_IN_STATUSES, type CheckInAnswer } from "./due";
import { recordFamilyAnswer } from "./family-answer-data";

/** Why a link can no longer be answered; each has its own message (checkins:errors.*). */
export type CheckInLinkProblem = "invalid" | "used" | "expired" | "closed";

export class CheckInLinkError extends AppError {
  constructor(public readonly problem: CheckInLinkProblem) {
    super(`checkins:errors.${problem}`, problem === "invalid" ? 404 : 410);
  }
}

export type CheckInLookup =
  { ok: true; caseNumber: string; number: number } | { ok: false; problem: CheckInLinkProblem };

async function load(token: string) {
  const parsed = verifyCheckIn(token);
  if (!parsed) return null;
  const db = await getDb();
  const row = await db.checkIn.findUnique({
    where: { id: parsed.checkInId },
    select: {
      id: true,
      caseId: true,
      number: true,
      expiresAt: true,
      answer: true,
      answeredAt: true,
      case: { select: { caseNumber: true, status: true, practiceSessionId: true } },
    },
  });
  return row && !row.case.practiceSessionId ? { ...row, channel: parsed.channel } : null;
}

function problemOf(
  row: { answeredAt: Date | null; expiresAt: Date; case: { status: string } },
  now: Date,
): CheckInLinkProblem | null {
  if (row.answeredAt) return "used";
  if (row.expiresAt <= now) return "expired";
  if (!(CHECK_IN_STATUSES as readonly string[]).includes(row.case.status)) return "closed";
  return null;
}

/** What the answer page shows for `token`; reads only. Link scanners may open it freely. */
export async function lookUpCheckIn(token: string, now = new Date()): Promise<CheckInLookup> {
  const row = await load(token);
  if (!row) return { ok: false, problem: "invalid" };
  const problem = problemOf(row, now);
  return problem ? { ok: false, problem } : { ok: true, caseNumber: row.case.caseNumber, number: row.number };
}

/**
 * Records the family's answer once. The same answer sent again (a double click, a reload of the
 * POST) returns the first result and writes nothing; a different answer to a used link, an
 * expired link or a closed case is a CheckInLinkError.
 */
export async function answerCheckIn(
  token: string,
  answer: CheckInAnswer,
  now = new Date(),
): Promise<{ caseNumber: string; repeated: boolean }> {
  const row = await load(token);
  if (!row) throw new CheckInLinkError("invalid");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    // The condition makes two requests at once record one answer.
    const { count } = await tx.checkIn.updateMany({
      where: {
        id: row.id,
        answeredAt: null,
        expiresAt: { gt: now },
        case: { status: { in: [...CHECK_IN_STATUSES] } },
      },
      data: { answer, answeredAt: now, answeredVia: row.channel },
    });
    if (count === 0) {
      const current = await tx.checkIn.findUniqueOrThrow({
        where: { id: row.id },
        select: { answer: true, answeredAt: true, expiresAt: true, case: { select: { status: true } } },
      });
      if (current.answer === answer) return { caseNumber: row.case.caseNumber, repeated: true };
      throw new CheckInLinkError(problemOf(current, now) ?? "used");
    }
    await recordFamilyAnswer(tx, row.caseId, answer, { checkIn: { id: row.id, number: row.number } });
    return { caseNumber: row.case.caseNumber, repeated: false };
  });
}
