import "server-only";
// The checks of the graded exercises (exercises.ts): each reads the sandbox rows the practice
// login wrote after it started the exercise. Pure reads; the caller records the outcome.
import type { Tx } from "@/server/db";
import { misspell } from "@/lib/synthetic/misspell";
import { createRng } from "@/lib/synthetic/random";
import { normalizeName } from "@/lib/names/normalize";
import { FOUND_EXERCISE_PERSON, type ExerciseId } from "./exercises";

export interface CheckContext {
  sessionId: string;
  userId: string;
  startedAt: Date;
}

/** The practice case the "find" exercise points at: the sandbox's first, the same for everyone. */
export async function findTarget(tx: Tx, sessionId: string) {
  const c = await tx.case.findFirst({
    where: { practiceSessionId: sessionId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, givenNames: true, familyNames: true, countryCode: true },
  });
  if (!c) return null;
  // Seeded by the case id: the same misspelling on every page view and for every trainee.
  const seed = parseInt(c.id.replace(/-/g, "").slice(0, 8), 16);
  return { ...c, shownAs: misspell(createRng(seed), `${c.givenNames} ${c.familyNames}`) };
}

const inSandbox = (ctx: CheckContext) => ({ practiceSessionId: ctx.sessionId });
const byMeSince = (ctx: CheckContext) => ({ actorUserId: ctx.userId, createdAt: { gte: ctx.startedAt } });

export async function checkExercise(tx: Tx, id: ExerciseId, ctx: CheckContext): Promise<boolean> {
  switch (id) {
    case "find-misspelled": {
      const target = await findTarget(tx, ctx.sessionId);
      if (!target) return false;
      // Opening the case is logged (CaseAccessLog); a lookup alone writes nothing.
      const opened = await tx.caseAccessLog.count({
        where: { caseId: target.id, userId: ctx.userId, createdAt: { gte: ctx.startedAt } },
      });
      return opened > 0;
    }
    case "verify-with-note": {
      // One case: moved to VERIFIED and given a note, both by this login.
      const verified = await tx.caseEvent.findMany({
        where: { ...byMeSince(ctx), type: "STATUS_CHANGED", newValue: "VERIFIED", case: inSandbox(ctx) },
        select: { caseId: true },
      });
      if (verified.length === 0) return false;
      const noted = await tx.caseEvent.count({
        where: { ...byMeSince(ctx), type: "NOTE_ADDED", caseId: { in: verified.map((v) => v.caseId) } },
      });
      return noted > 0;
    }
    case "flag-trafficking": {
      // Flagging a case whose claim carries trafficking indicators.
      const flagged = await tx.caseEvent.count({
        where: {
          ...byMeSince(ctx),
          type: "TRAFFICKING_FLAGGED",
          case: { ...inSandbox(ctx), riskIndicators: { isEmpty: false } },
        },
      });
      return flagged > 0;
    }
    case "spot-duplicate": {
      // A claim this login merged into another that describes the same disappearance: same
      // sex, place and moment last seen (two unrelated claims never share all three).
      const marked = await tx.caseEvent.findMany({
        where: { ...byMeSince(ctx), type: "DUPLICATE_MARKED", field: "duplicateOf", case: inSandbox(ctx) },
        select: { case: { select: { ...SAME_DISAPPEARANCE, duplicateOf: { select: SAME_DISAPPEARANCE } } } },
      });
      return marked.some(({ case: a }) => {
        const b = a.duplicateOf;
        return !!b && a.sex === b.sex && a.lastSeenCity === b.lastSeenCity && +a.lastSeenAt === +b.lastSeenAt;
      });
    }
    case "record-found": {
      // A found record this login made in its sandbox that describes the person of the task:
      // the sex, an age range holding the age, and the name she gave among the names given.
      const p = FOUND_EXERCISE_PERSON;
      const rows = await tx.foundPerson.findMany({
        where: {
          practiceSessionId: ctx.sessionId,
          recordedById: ctx.userId,
          createdAt: { gte: ctx.startedAt },
          sex: p.sex,
          ageMin: { lte: p.age },
          ageMax: { gte: p.age },
        },
        select: { searchName: true },
      });
      const name = normalizeName(p.nameGiven);
      return rows.some((r) => r.searchName.split(" ").includes(name));
    }
    case "review-match": {
      // The decision this login made, after Start, on its planted pair: right when it
      // confirmed the same person or rejected another one, with a reason (decision 170).
      const r = await tx.practiceMatchReview.findUnique({
        where: { sessionId_userId: { sessionId: ctx.sessionId, userId: ctx.userId } },
        select: { samePerson: true, decision: true, reason: true, decidedAt: true },
      });
      if (!r?.decidedAt || r.decidedAt < ctx.startedAt || !r.reason?.trim()) return false;
      return r.decision === (r.samePerson ? "CONFIRMED" : "REJECTED");
    }
  }
}

const SAME_DISAPPEARANCE = { sex: true, lastSeenCity: true, lastSeenAt: true } as const;
