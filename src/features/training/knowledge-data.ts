import "server-only";
// The knowledge check before and after a session (knowledge-check.ts): taken by a trainee
// through the practice login handed to them, stored per attendee (it outlives the sandbox),
// scored here from the answers. Trainers read the gain per attendee and session (session-data)
// and per district (coverage-data).
import { recordAuditEvent } from "@/server/audit-event";
import { getDb, type Tx } from "@/server/db";
import { AppError, NotFoundError } from "@/server/errors";
import type { Locale } from "@/i18n/settings";
import type { Viewer } from "@/server/viewer";
import { gradeKnowledge, scoresOf } from "./knowledge-check";
import { activeQuestions, localized } from "./knowledge-questions-data";
import type { KnowledgeCheckValues } from "./schemas";

/** Questions left unanswered: "answer every question", and each one marked. */
class UnansweredError extends AppError {
  constructor(public readonly fieldErrors: Record<string, string>) {
    super("training:knowledge.answerAll", 400);
  }
}

/** The attendee a practice login was handed to (in its own session), or null. */
async function myAttendee(db: Tx, viewer: Viewer) {
  if (!viewer.practiceSessionId) throw new NotFoundError();
  return db.trainingAttendee.findFirst({
    where: { practiceLoginId: viewer.id, sessionId: viewer.practiceSessionId },
    select: { id: true, session: { select: { countryCode: true } } },
  });
}

/**
 * For the trainee: whether they can take the check (linked to an attendee), their scores, and
 * the questions their session's country asks now, in their language.
 */
export async function getMyKnowledgeChecks(viewer: Viewer, locale: Locale) {
  const db = await getDb();
  const a = await myAttendee(db, viewer);
  if (!a) return { linked: false as const };
  const [checks, questions] = await Promise.all([
    db.knowledgeCheck.findMany({
      where: { attendeeId: a.id },
      select: { phase: true, score: true, total: true },
    }),
    activeQuestions(db, a.session.countryCode),
  ]);
  return {
    linked: true as const,
    ...scoresOf(checks),
    questions: questions.map((q) => localized(q, locale)),
  };
}

/** Records one phase of the check, once; "after" only once "before" was taken. */
export async function submitKnowledgeCheck(viewer: Viewer, input: KnowledgeCheckValues) {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const a = await myAttendee(tx, viewer);
    if (!a) throw new NotFoundError();
    // Serialises two submissions of the same trainee (a double tap): the second sees the first.
    await tx.$executeRaw`SELECT 1 FROM "TrainingAttendee" WHERE "id" = ${a.id}::uuid FOR UPDATE`;
    const taken = await tx.knowledgeCheck.findMany({ where: { attendeeId: a.id }, select: { phase: true } });
    if (taken.some((c) => c.phase === input.phase))
      throw new AppError("training:knowledge.alreadyTaken", 409);
    if (input.phase === "AFTER" && !taken.some((c) => c.phase === "BEFORE"))
      throw new AppError("training:knowledge.beforeFirst", 409);
    // Graded on the questions the country asks now; the attempt keeps them as they were.
    const questions = await activeQuestions(tx, a.session.countryCode);
    const graded = gradeKnowledge(questions, input.answers);
    if ("unanswered" in graded)
      throw new UnansweredError(
        Object.fromEntries(graded.unanswered.map((id) => [`answers.${id}`, "training:knowledge.answerEach"])),
      );
    const { score, total } = graded;
    await tx.knowledgeCheck.create({
      data: {
        attendeeId: a.id,
        phase: input.phase,
        answers: input.answers,
        score,
        total,
        graded: questions.map((q) => ({
          questionId: q.id,
          text: q.text,
          options: q.options,
          correct: q.correct,
          chosen: input.answers[q.id]!,
        })),
      },
    });
    await recordAuditEvent(tx, viewer, {
      action: "training.knowledge.submit",
      targetType: "TrainingAttendee",
      targetId: a.id,
      countryCode: a.session.countryCode,
      after: { phase: input.phase, score, total },
    });
    return { phase: input.phase, score, total };
  });
}
