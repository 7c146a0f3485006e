// Graded exercises are checked from what the practice login did in its sandbox: before the
// task nothing passes, after it the check passes; another trainee's work, or work done before
// pressing Start, does not count; trainers and other logins cannot reach someone's attempts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addCaseNote,
  changeCaseStatus,
  getCaseForViewer,
  mergeClaims,
  setTraffickingFlag,
} from "@/features/cases/data";
import { NotFoundError } from "@/server/errors";
import { toViewer, viewerSelect, type Viewer } from "@/server/viewer";
import {
  checkMyExercise,
  getExerciseResults,
  getMyExercises,
  setSessionExercises,
  startExercise,
} from "./exercise-data";
import { createPracticeLogins, generatePracticeCases } from "./practice-data";
import { createSession } from "./session-data";
import { createTrainingWorld, sessionInput, type TrainingWorld } from "./testing";
import { closeAppTestDb } from "@/testing/test-db";

let w: TrainingWorld;
let sessionId: string;
let ana: Viewer;
let luis: Viewer;

beforeAll(async () => {
  w = await createTrainingWorld();
  sessionId = (await createSession(w.trainerBz, sessionInput({ trainerIds: [w.trainerBz.id] }))).id;
  await generatePracticeCases(w.trainerBz, sessionId, 6);
  const logins = await createPracticeLogins(w.trainerBz, sessionId, 2);
  const viewers = await Promise.all(
    logins.map(async (l) =>
      toViewer(await w.db.user.findUniqueOrThrow({ where: { email: l.email }, select: viewerSelect })),
    ),
  );
  [ana, luis] = [viewers[0]!, viewers[1]!];
  await setSessionExercises(w.trainerBz, {
    sessionId,
    exerciseIds: [
      "verify-with-note",
      "find-misspelled",
      "flag-trafficking",
      "spot-duplicate",
      "not-an-exercise",
    ],
  });
});
afterAll(async () => {
  await closeAppTestDb(w?.testDb);
});

const firstCase = () =>
  w.db.case.findFirstOrThrow({
    where: { practiceSessionId: sessionId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });

describe("graded exercises", () => {
  it("keeps the trainer's choice in the library's order, unknown ids dropped", async () => {
    const mine = await getMyExercises(ana);
    expect(mine.map((e) => e.id)).toEqual([
      "find-misspelled",
      "verify-with-note",
      "flag-trafficking",
      "spot-duplicate",
    ]);
    const target = await firstCase();
    const shown = mine[0]!.shownName!;
    expect(shown).toBeTruthy();
    expect(shown).not.toBe(`${target.givenNames} ${target.familyNames}`);
  });

  it("passes 'find' only when this login opens the target case after starting", async () => {
    const target = await firstCase();
    // Opened before Start: does not count.
    await getCaseForViewer(ana, target.caseNumber, "VIEW");
    await new Promise((r) => setTimeout(r, 5));
    await startExercise(ana, { exerciseId: "find-misspelled" });
    expect(await checkMyExercise(ana, { exerciseId: "find-misspelled" })).toEqual({ passed: false });
    // Luis opening it counts for Luis (who has not started), never for Ana.
    await getCaseForViewer(luis, target.caseNumber, "VIEW");
    expect(await checkMyExercise(ana, { exerciseId: "find-misspelled" })).toEqual({ passed: false });
    await getCaseForViewer(ana, target.caseNumber, "VIEW");
    expect(await checkMyExercise(ana, { exerciseId: "find-misspelled" })).toEqual({ passed: true });
  });

  it("passes 'verify with a note' only when one case got both from this login", async () => {
    await startExercise(ana, { exerciseId: "verify-with-note" });
    const [a, b] = await w.db.case.findMany({
      where: { practiceSessionId: sessionId },
      take: 2,
      orderBy: { caseNumber: "desc" },
    });
    await w.db.case.updateMany({ where: { id: { in: [a!.id, b!.id] } }, data: { status: "REPORTED" } });
    await changeCaseStatus(ana, {
      caseNumber: a!.caseNumber,
      from: "REPORTED",
      to: "VERIFIED",
      reason: "Llamé a la familia",
    });
    await addCaseNote(ana, { caseNumber: b!.caseNumber, body: "Nota en otro caso" });
    expect(await checkMyExercise(ana, { exerciseId: "verify-with-note" })).toEqual({ passed: false });
    await addCaseNote(ana, { caseNumber: a!.caseNumber, body: "Comprobé el documento con la madre." });
    expect(await checkMyExercise(ana, { exerciseId: "verify-with-note" })).toEqual({ passed: true });
  });

  it("fails 'flag trafficking' on a case without indicators, passes on one with them", async () => {
    await startExercise(ana, { exerciseId: "flag-trafficking" });
    const without = await w.db.case.findFirstOrThrow({
      where: { practiceSessionId: sessionId, riskIndicators: { isEmpty: true } },
    });
    await setTraffickingFlag(ana, { caseNumber: without.caseNumber, flagged: true, indicators: [] });
    expect(await checkMyExercise(ana, { exerciseId: "flag-trafficking" })).toEqual({ passed: false });
    const withIndicators = await w.db.case.update({
      where: {
        id: (
          await w.db.case.findFirstOrThrow({
            where: { practiceSessionId: sessionId, traffickingFlag: false },
          })
        ).id,
      },
      data: { riskIndicators: ["JOB_OFFER_ABROAD"] },
    });
    await setTraffickingFlag(ana, {
      caseNumber: withIndicators.caseNumber,
      flagged: true,
      indicators: ["JOB_OFFER_ABROAD"],
    });
    expect(await checkMyExercise(ana, { exerciseId: "flag-trafficking" })).toEqual({ passed: true });
  });

  it("passes 'spot the duplicate' only for the planted pair, not for any two claims", async () => {
    const cases = await w.db.case.findMany({
      where: { practiceSessionId: sessionId },
      orderBy: { caseNumber: "asc" },
    });
    // The batch's last is its first filed again: same disappearance, another reporter.
    // The batch's last is its first filed again: same disappearance, another reporter.
    const pair = cases.filter((c) => cases.some((o) => o.id !== c.id && +o.lastSeenAt === +c.lastSeenAt));
    expect(pair).toHaveLength(2);
    const [original, planted] = [pair[0]!, pair[1]!];
    expect(planted).toMatchObject({ sex: original.sex, lastSeenCity: original.lastSeenCity });
    expect(planted.givenNames).not.toBe(original.givenNames);
    expect(planted.reporterName).not.toBe(original.reporterName);
    await startExercise(ana, { exerciseId: "spot-duplicate" });
    // Two unrelated claims merged: not the duplicate.
    const others = cases.filter((c) => !pair.includes(c));
    const [x, y] = [others[0]!, others[1]!];
    await mergeClaims(ana, { caseNumber: y.caseNumber, duplicateOf: x.caseNumber });
    expect(await checkMyExercise(ana, { exerciseId: "spot-duplicate" })).toEqual({ passed: false });
    await mergeClaims(ana, { caseNumber: planted.caseNumber, duplicateOf: original.caseNumber });
    expect(await checkMyExercise(ana, { exerciseId: "spot-duplicate" })).toEqual({ passed: true });
  });

  it("shows the trainer a results grid; nobody else reaches the attempts", async () => {
    const r = await getExerciseResults(w.trainerBz, sessionId);
    const anaRow = r.rows.find((x) => x.login === ana.email)!;
    expect(anaRow.cells.map((c) => c.state)).toEqual(["passed", "passed", "passed", "passed"]);
    expect(anaRow.passed).toBe(4);
    expect(r.rows.find((x) => x.login === luis.email)!.cells.map((c) => c.state)).toEqual([
      "notStarted",
      "notStarted",
      "notStarted",
      "notStarted",
    ]);
    await expect(getExerciseResults(w.trainerBo, sessionId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getMyExercises(w.trainerBz)).rejects.toBeInstanceOf(NotFoundError);
    await expect(checkMyExercise(luis, { exerciseId: "find-misspelled" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(startExercise(luis, { exerciseId: "record-found" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(setSessionExercises(w.trainerBo, { sessionId, exerciseIds: [] })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});
