import "server-only";
// Graded practice exercises: the trainer picks them for a session; each practice login starts
// and checks them; the session's results grid shows pass / not yet and the time taken.
// Authorization: trainers through the training scope (manage to pick), practice logins only
// for their own sandbox and their own attempts. Anything else is not found.
import { recordAuditEvent } from "@/server/audit-event";
import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { trainingScope } from "@/server/policy";
import type { Viewer } from "@/server/viewer";
import { isUuid, manageScope, requireManage, requireRead } from "./access";
import { checkExercise, findTarget } from "./exercise-checks";
import { plantPracticeReview } from "./practice-review-data";
import { EXERCISE_IDS, isExerciseId, type ExerciseId } from "./exercises";
import type { ExerciseChoiceInput, ExerciseRefInput } from "./schemas";

/** The trainer's choice of exercises for a session (in the library's order). */
export async function setSessionExercises(viewer: Viewer, input: ExerciseChoiceInput) {
  requireManage(viewer);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const s = await tx.trainingSession.findFirst({
      where: { id: input.sessionId, ...manageScope(viewer) },
      select: { id: true, countryCode: true, exerciseIds: true },
    });
    if (!s) throw new NotFoundError();
    const chosen = EXERCISE_IDS.filter((id) => input.exerciseIds.includes(id));
    await tx.trainingSession.update({ where: { id: s.id }, data: { exerciseIds: chosen } });
    await recordAuditEvent(tx, viewer, {
      action: "training.exercises.set",
      targetType: "TrainingSession",
      targetId: s.id,
      countryCode: s.countryCode,
      before: { exerciseIds: s.exerciseIds },
      after: { exerciseIds: chosen },
    });
    return { count: chosen.length };
  });
}

const chosenOf = (ids: readonly string[]) => EXERCISE_IDS.filter((id) => ids.includes(id));

/** The results grid: every practice login x every chosen exercise. */
export async function getExerciseResults(viewer: Viewer, sessionId: string) {
  requireRead(viewer);
  if (!isUuid(sessionId)) throw new NotFoundError();
  const db = await getDb();
  const s = await db.trainingSession.findFirst({
    where: { id: sessionId, ...trainingScope(viewer) },
    select: {
      exerciseIds: true,
      practiceLogins: { orderBy: { createdAt: "asc" }, select: { id: true, email: true } },
      exerciseAttempts: {
        select: { userId: true, exerciseId: true, startedAt: true, passedAt: true, checkedAt: true },
      },
    },
  });
  if (!s) throw new NotFoundError();
  const exercises = chosenOf(s.exerciseIds);
  const attempt = new Map(s.exerciseAttempts.map((a) => [`${a.userId}/${a.exerciseId}`, a]));
  return {
    exercises,
    rows: s.practiceLogins.map((u) => ({
      login: u.email,
      cells: exercises.map((id) => {
        const a = attempt.get(`${u.id}/${id}`);
        if (!a) return { state: "notStarted" as const, seconds: null };
        if (a.passedAt)
          return {
            state: "passed" as const,
            seconds: Math.round((a.passedAt.getTime() - a.startedAt.getTime()) / 1000),
          };
        return { state: a.checkedAt ? ("failed" as const) : ("started" as const), seconds: null };
      }),
      passed: exercises.filter((id) => attempt.get(`${u.id}/${id}`)?.passedAt).length,
    })),
  };
}
export type ExerciseResults = Awaited<ReturnType<typeof getExerciseResults>>;

function practiceSessionOf(viewer: Viewer): string {
  if (!viewer.practiceSessionId) throw new NotFoundError();
  return viewer.practiceSessionId;
}

/** A practice login's exercises: what to do, whether started, passed or still to do. */
export async function getMyExercises(viewer: Viewer) {
  const sessionId = practiceSessionOf(viewer);
  const db = await getDb();
  const s = await db.trainingSession.findUnique({ where: { id: sessionId }, select: { exerciseIds: true } });
  if (!s) throw new NotFoundError();
  const [attempts, target] = await Promise.all([
    db.exerciseAttempt.findMany({ where: { sessionId, userId: viewer.id } }),
    findTarget(db, sessionId),
  ]);
  return chosenOf(s.exerciseIds).map((id) => {
    const a = attempts.find((x) => x.exerciseId === id);
    return {
      id,
      state: a?.passedAt ? "passed" : a?.checkedAt ? "failed" : a ? "started" : "notStarted",
      // Only the "find" exercise names someone: the misspelled name the trainee searches for.
      shownName: id === "find-misspelled" ? (target?.shownAs ?? null) : null,
    } as const;
  });
}

async function myChosenExercise(viewer: Viewer, input: ExerciseRefInput) {
  const sessionId = practiceSessionOf(viewer);
  const db = await getDb();
  const s = await db.trainingSession.findUnique({ where: { id: sessionId }, select: { exerciseIds: true } });
  if (!s || !isExerciseId(input.exerciseId) || !s.exerciseIds.includes(input.exerciseId))
    throw new NotFoundError();
  return { db, sessionId, exerciseId: input.exerciseId as ExerciseId };
}

/** Starts (or restarts the clock of an unpassed) exercise: only what is done from now counts. */
export async function startExercise(viewer: Viewer, input: ExerciseRefInput) {
  const { db, sessionId, exerciseId } = await myChosenExercise(viewer, input);
  const key = { sessionId_userId_exerciseId: { sessionId, userId: viewer.id, exerciseId } };
  const existing = await db.exerciseAttempt.findUnique({ where: key, select: { passedAt: true } });
  if (existing?.passedAt) return { state: "passed" as const };
  // A fresh pair to review on every start: the one decided before cannot be decided again.
  if (exerciseId === "review-match") await plantPracticeReview(db, sessionId, viewer.id);
  await db.exerciseAttempt.upsert({
    where: key,
    create: { sessionId, userId: viewer.id, exerciseId },
    update: { startedAt: new Date(), checkedAt: null },
  });
  return { state: "started" as const };
}

/** Checks the sandbox for the exercise's outcome and records pass or "not yet". */
export async function checkMyExercise(viewer: Viewer, input: ExerciseRefInput) {
  const { db, sessionId, exerciseId } = await myChosenExercise(viewer, input);
  return db.$transaction(async (tx) => {
    const key = { sessionId_userId_exerciseId: { sessionId, userId: viewer.id, exerciseId } };
    const a = await tx.exerciseAttempt.findUnique({ where: key });
    if (!a) throw new NotFoundError();
    if (a.passedAt) return { passed: true };
    const passed = await checkExercise(tx, exerciseId, {
      sessionId,
      userId: viewer.id,
      startedAt: a.startedAt,
    });
    const now = new Date();
    await tx.exerciseAttempt.update({ where: key, data: { checkedAt: now, passedAt: passed ? now : null } });
    // The pass counts for the attendee this login was handed to, and outlives the sandbox.
    if (passed)
      await tx.trainingAttendee.updateMany({
        where: { practiceLoginId: viewer.id, sessionId, NOT: { exercisesPassed: { has: exerciseId } } },
        data: { exercisesPassed: { push: exerciseId } },
      });
    return { passed };
  });
}
