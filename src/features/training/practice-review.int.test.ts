// "Review a proposed match" in the training sandbox (decision 170): Start plants a practice
// claim and a practice found record for this login only; the decision is scored against the
// planted truth, counts for the attendee, and shows in the trainer's results. Nothing of it
// reaches the real matching, the review queue or any outbound message.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listProposals } from "@/features/matching/data";
import { matchRecord } from "@/features/matching/engine/match-record";
import { MatchListInput } from "@/features/matching/schemas";
import { NotFoundError } from "@/server/errors";
import { toViewer, viewerSelect, type Viewer } from "@/server/viewer";
import { closeAppTestDb } from "@/testing/test-db";
import { checkMyExercise, getExerciseResults, setSessionExercises, startExercise } from "./exercise-data";
import { createAttendeeLogins } from "./practice-data";
import { addAttendee, setAttendance } from "./attendee-data";
import { getCoverage } from "./coverage-data";
import { wipeSandbox } from "./practice-expiry";
import { decidePracticeReview, getMyPracticeReview, getSessionReviews } from "./practice-review-data";
import { createSession } from "./session-data";
import { attendee, createTrainingWorld, sessionInput, type TrainingWorld } from "./testing";

let w: TrainingWorld;
let sessionId: string;
let ana: Viewer;
let luis: Viewer;
const ex = { exerciseId: "review-match" };
const truthOf = (v: Viewer) =>
  w.db.practiceMatchReview.findUniqueOrThrow({ where: { sessionId_userId: { sessionId, userId: v.id } } });
const right = (same: boolean) => (same ? "CONFIRMED" : "REJECTED");
const wrong = (same: boolean) => (same ? "REJECTED" : "CONFIRMED");

beforeAll(async () => {
  w = await createTrainingWorld();
  sessionId = (await createSession(w.trainerBz, sessionInput({ trainerIds: [w.trainerBz.id] }))).id;
  for (const name of ["Ana Pop", "Luis Chan"]) await addAttendee(w.trainerBz, sessionId, attendee({ name }));
  await createAttendeeLogins(w.trainerBz, sessionId);
  const logins = await w.db.trainingAttendee.findMany({
    where: { sessionId },
    orderBy: { name: "asc" },
    select: { practiceLogin: { select: viewerSelect } },
  });
  [ana, luis] = logins.map((l) => toViewer(l.practiceLogin!)) as [Viewer, Viewer];
  await setSessionExercises(w.trainerBz, { sessionId, exerciseIds: ["review-match"] });
});
afterAll(async () => {
  await closeAppTestDb(w?.testDb);
});

describe("the review-a-proposed-match exercise", () => {
  it("plants a practice pair for the login only, shown with the engine's breakdown, truth hidden", async () => {
    await expect(getMyPracticeReview(ana)).rejects.toBeInstanceOf(NotFoundError);
    await startExercise(ana, ex);
    const r = await getMyPracticeReview(ana);
    expect(r.claim.caseNumber).toMatch(/^PRACTICE-BZ-/);
    expect(r.found.foundNumber).toMatch(/^PRACTICE-BZ-F-/);
    expect(r.samePerson).toBeNull();
    expect(r.criteria.length).toBeGreaterThan(0);
    const rows = await truthOf(ana);
    const [c, f] = await Promise.all([
      w.db.case.findUniqueOrThrow({ where: { id: rows.caseId } }),
      w.db.foundPerson.findUniqueOrThrow({ where: { id: rows.foundPersonId } }),
    ]);
    expect([c.practiceSessionId, f.practiceSessionId]).toEqual([sessionId, sessionId]);
    // Luis has started nothing: he has no pair, and cannot decide Ana's.
    await expect(getMyPracticeReview(luis)).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      decidePracticeReview(luis, { decision: "CONFIRMED", reason: "same" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    // Trainers and police are not practice logins.
    await expect(getMyPracticeReview(w.trainerBz)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("scores the right decision as a pass, counted for the attendee and in the trainer's results", async () => {
    expect((await checkMyExercise(ana, ex)).passed).toBe(false); // not decided yet
    const truth = await truthOf(ana);
    await decidePracticeReview(ana, {
      decision: right(truth.samePerson),
      reason: "Same rose tattoo, height fits",
    });
    // One decision per start.
    await expect(
      decidePracticeReview(ana, { decision: wrong(truth.samePerson), reason: "changed my mind" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect((await checkMyExercise(ana, ex)).passed).toBe(true);
    expect((await getMyPracticeReview(ana)).samePerson).toBe(truth.samePerson);
    const att = await w.db.trainingAttendee.findFirstOrThrow({ where: { practiceLoginId: ana.id } });
    expect(att.exercisesPassed).toEqual(["review-match"]);
    const results = await getExerciseResults(w.trainerBz, sessionId);
    const row = results.rows.find((x) => x.login === ana.email)!;
    expect(row.cells[0]!.state).toBe("passed");
    const reviews = await getSessionReviews(w.trainerBz, sessionId);
    expect(reviews).toEqual([
      {
        login: ana.email,
        decision: right(truth.samePerson),
        reason: "Same rose tattoo, height fits",
        correct: true,
      },
    ]);
    await expect(getSessionReviews(w.policeBz, sessionId)).rejects.toBeInstanceOf(Error);
  });

  it("scores the wrong decision as not passed; a restart gives a fresh pair", async () => {
    await startExercise(luis, ex);
    const first = await truthOf(luis);
    await decidePracticeReview(luis, { decision: wrong(first.samePerson), reason: "looked alike to me" });
    expect((await checkMyExercise(luis, ex)).passed).toBe(false);
    expect(
      (await getExerciseResults(w.trainerBz, sessionId)).rows.find((x) => x.login === luis.email)!.cells[0]!
        .state,
    ).toBe("failed");
    expect(
      (await getSessionReviews(w.trainerBz, sessionId)).find((r) => r.login === luis.email)!.correct,
    ).toBe(false);
    const att = await w.db.trainingAttendee.findFirstOrThrow({ where: { practiceLoginId: luis.id } });
    expect(att.exercisesPassed).toEqual([]);
    await startExercise(luis, ex);
    const second = await truthOf(luis);
    expect(second.caseId).not.toBe(first.caseId);
    expect(await w.db.case.count({ where: { id: first.caseId } })).toBe(0);
    expect(second.decidedAt).toBeNull();
  });

  it("never reaches the real matching, the review queue or outbound messages", async () => {
    const pairs = await w.db.practiceMatchReview.findMany({ where: { sessionId } });
    expect(pairs.length).toBe(2);
    expect(
      await w.db.matchProposal.count({
        where: {
          OR: [
            { caseId: { in: pairs.map((p) => p.caseId) } },
            { foundPersonId: { in: pairs.map((p) => p.foundPersonId) } },
          ],
        },
      }),
    ).toBe(0);
    // Even if a planted record's id reached the matching queue, the engine skips sandbox rows.
    for (const p of pairs) {
      await matchRecord(w.db, { kind: "claim", id: p.caseId });
      await matchRecord(w.db, { kind: "found", id: p.foundPersonId });
    }
    expect(await w.db.matchProposal.count()).toBe(0);
    const queue = await listProposals(w.policeBz, MatchListInput.parse({}));
    expect(queue.rows).toHaveLength(0);
    expect(await w.db.outboundMessage.count()).toBe(0);
    // The decision changed no real status: the practice claim and record keep theirs.
    const c = await w.db.case.findUniqueOrThrow({ where: { id: pairs[0]!.caseId } });
    expect(c.status).toBe("ACTIVE");
    const f = await w.db.foundPerson.findUniqueOrThrow({ where: { id: pairs[0]!.foundPersonId } });
    expect([f.status, f.identifiedCaseId]).toEqual(["OPEN", null]);
  });

  it("counts in the coverage of its cascade level, and still after the sandbox is wiped", async () => {
    const attendees = await w.db.trainingAttendee.findMany({ where: { sessionId } });
    for (const a of attendees)
      await setAttendance(w.trainerBz, { attendeeId: a.id, attended: true, completed: false });
    const figures = async () => (await getCoverage(w.trainerBz, "BZ")).levels;
    // Ana decided right, Luis wrong (then restarted): one of the two set it passed.
    expect((await figures())[0]).toMatchObject({
      level: 0,
      trained: 0,
      gain: null,
      exercises: [{ id: "review-match", set: 2, passed: 1 }],
    });
    await wipeSandbox(w.db, sessionId);
    expect(await w.db.practiceMatchReview.count({ where: { sessionId } })).toBe(0);
    expect((await figures())[0]!.exercises).toEqual([{ id: "review-match", set: 2, passed: 1 }]);
  });
});
