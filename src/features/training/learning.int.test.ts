// Learning, not only attendance: attendees get personal practice logins; the knowledge check
// before and after the session is scored on the server and gives a gain per session and per
// district; a certificate waits for the exercises its level requires, and its code and QR can
// be shown again (derived, never stored) while the public check shows initials only.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getCaseForViewer } from "@/features/cases/data";
import { NotFoundError } from "@/server/errors";
import { toViewer, viewerSelect, type Viewer } from "@/server/viewer";
import { addAttendee, setAttendance } from "./attendee-data";
import {
  getCertificateForViewer,
  getMyCertificate,
  issueCertificate,
  verifyCertificate,
} from "./certificate-data";
import { getCoverage } from "./coverage-data";
import { exportCoverageCsv } from "./coverage-export";
import { checkMyExercise, setSessionExercises, startExercise } from "./exercise-data";
import { getMyKnowledgeChecks, submitKnowledgeCheck } from "./knowledge-data";
import { activeQuestions, type Question } from "./knowledge-questions-data";
import { getLevelRules, setLevelRules } from "./level-rules";
import { createAttendeeLogins, createPracticeLogins, generatePracticeCases } from "./practice-data";
import { KnowledgeCheckInput } from "./schemas";
import { createSession, getSessionForViewer } from "./session-data";
import { attendee, createTrainingWorld, sessionInput, type TrainingWorld } from "./testing";
import { closeAppTestDb } from "@/testing/test-db";

let w: TrainingWorld;
let sessionId: string;
let ana: { id: string; login: Viewer };
let luis: { id: string; login: Viewer };
let anonymous: Viewer;

const asViewer = async (email: string) =>
  toViewer(await w.db.user.findUniqueOrThrow({ where: { email }, select: viewerSelect }));

// Belize's questions: the built-in set, seeded on first read.
let questions: Question[];

/** Answers with `right` questions correct (in order), the rest wrong. */
function answers(right: number) {
  return Object.fromEntries(
    questions.map((q, i) => [q.id, i < right ? q.correct : (q.correct + 1) % q.options.length]),
  );
}
const check = (phase: "BEFORE" | "AFTER", right: number) =>
  KnowledgeCheckInput.parse({ phase, answers: answers(right) });

let ip = 0;
const freshIp = () => `learning-ip-${++ip}`;

beforeAll(async () => {
  w = await createTrainingWorld();
  questions = await activeQuestions(w.db, "BZ");
  sessionId = (await createSession(w.trainerBz, sessionInput({ trainerIds: [w.trainerBz.id] }))).id;
  const a = await addAttendee(
    w.trainerBz,
    sessionId,
    attendee({ name: "Sgt. Ana Pop", regionId: w.regions["BZ-CY"] }),
  );
  const l = await addAttendee(
    w.trainerBz,
    sessionId,
    attendee({ name: "Cpl. Luis Coc", regionId: w.regions["BZ-TOL"] }),
  );
  await generatePracticeCases(w.trainerBz, sessionId, 3);
  const logins = await createAttendeeLogins(w.trainerBz, sessionId);
  expect(logins.map((x) => x.name).sort()).toEqual(["Cpl. Luis Coc", "Sgt. Ana Pop"]);
  const loginOf = async (name: string) => asViewer(logins.find((x) => x.name === name)!.email);
  ana = { id: a.id, login: await loginOf("Sgt. Ana Pop") };
  luis = { id: l.id, login: await loginOf("Cpl. Luis Coc") };
  anonymous = await asViewer((await createPracticeLogins(w.trainerBz, sessionId, 1))[0]!.email);
});
afterAll(async () => {
  await closeAppTestDb(w?.testDb);
});

describe("attendee logins", () => {
  it("link one login per attendee, once; a second run creates none", async () => {
    expect(await createAttendeeLogins(w.trainerBz, sessionId)).toEqual([]);
    const rows = await w.db.trainingAttendee.findMany({ where: { sessionId } });
    expect(rows.every((r) => r.practiceLoginId)).toBe(true);
    await expect(createAttendeeLogins(w.trainerBo, sessionId)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("knowledge check", () => {
  it("is scored on the server, once per phase, 'after' only after 'before'", async () => {
    await expect(submitKnowledgeCheck(ana.login, check("AFTER", 6))).rejects.toMatchObject({
      key: "training:knowledge.beforeFirst",
    });
    expect(await submitKnowledgeCheck(ana.login, check("BEFORE", 2))).toEqual({
      phase: "BEFORE",
      score: 2,
      total: 6,
    });
    await expect(submitKnowledgeCheck(ana.login, check("BEFORE", 6))).rejects.toMatchObject({
      key: "training:knowledge.alreadyTaken",
    });
    expect(await submitKnowledgeCheck(ana.login, check("AFTER", 5))).toMatchObject({ score: 5 });
    const mine = await getMyKnowledgeChecks(ana.login, "en");
    expect(mine).toMatchObject({
      linked: true,
      before: { score: 2, total: 6 },
      after: { score: 5, total: 6 },
    });
    // The questions come in the trainee's language, without the right answer.
    expect(mine.linked && mine.questions[0]).toEqual({
      id: questions[0]!.id,
      text: "A mother spells her daughter's name differently from the claim. What do you do?",
      options: expect.arrayContaining(["File a new claim at once"]),
    });
    expect(await w.db.knowledgeCheck.count({ where: { attendeeId: ana.id } })).toBe(2);
  });

  it("refuses a login without an attendee, a trainer, and an answer that is not an option", async () => {
    expect(await getMyKnowledgeChecks(anonymous, "en")).toEqual({ linked: false });
    await expect(submitKnowledgeCheck(anonymous, check("BEFORE", 3))).rejects.toBeInstanceOf(NotFoundError);
    await expect(submitKnowledgeCheck(w.trainerBz, check("BEFORE", 3))).rejects.toBeInstanceOf(NotFoundError);
    const [q1, q2] = [questions[0]!.id, questions[1]!.id];
    for (const a of [{ ...answers(6), [q1]: "similar!" }, { "not-a-question": 0 }])
      expect(KnowledgeCheckInput.safeParse({ phase: "BEFORE", answers: a }).success).toBe(false);
    // An option that does not exist, and a question left out: each named, nothing written.
    const { [q2]: _left, ...rest } = answers(6);
    await expect(
      submitKnowledgeCheck(
        luis.login,
        KnowledgeCheckInput.parse({ phase: "BEFORE", answers: { ...rest, [q1]: 7 } }),
      ),
    ).rejects.toMatchObject({
      key: "training:knowledge.answerAll",
      fieldErrors: {
        [`answers.${q1}`]: "training:knowledge.answerEach",
        [`answers.${q2}`]: "training:knowledge.answerEach",
      },
    });
    expect(await w.db.knowledgeCheck.count({ where: { attendeeId: luis.id } })).toBe(0);
  });

  it("gives the gain per session and per district, counting only trainees who took both", async () => {
    await submitKnowledgeCheck(luis.login, check("BEFORE", 3));
    // Luis has not taken "after": the session's gain is Ana's alone (33% -> 83%).
    let s = await getSessionForViewer(w.trainerBz, sessionId);
    expect(s.knowledgeGain).toEqual({ people: 1, before: 33, after: 83, gain: 50 });
    await submitKnowledgeCheck(luis.login, check("AFTER", 6));
    s = await getSessionForViewer(w.trainerBz, sessionId);
    // Means: before (33 + 50) / 2 = 42, after (83 + 100) / 2 = 92.
    expect(s.knowledgeGain).toEqual({ people: 2, before: 42, after: 92, gain: 50 });
    expect(s.attendees.find((a) => a.id === luis.id)!.knowledge).toEqual({
      before: { score: 3, total: 6 },
      after: { score: 6, total: 6 },
    });

    const c = await getCoverage(w.trainerBz, "BZ");
    const region = (code: string) => c.regions.find((r) => r.code === code)!;
    expect(region("BZ-CY").gain).toEqual({ people: 1, before: 33, after: 83, gain: 50 });
    expect(region("BZ-TOL").gain).toEqual({ people: 1, before: 50, after: 100, gain: 50 });
    expect(region("BZ-CZL").gain).toBeNull();
    expect(c.gain).toEqual({ people: 2, before: 42, after: 92, gain: 50 });

    const csv = await exportCoverageCsv(w.trainerBz, "BZ", "regions", ((k: string) => k) as never);
    const cayo = csv.split("\r\n").find((line) => line.includes("BZ-CY"))!;
    expect(cayo.split(",").slice(-4)).toEqual(["33", "83", "50", "1"]);
    const sessions = await exportCoverageCsv(w.trainerBz, "BZ", "sessions", ((k: string) => k) as never);
    expect(sessions).toContain(",42,92,50,2");
    // Another country's trainer sees none of it.
    await expect(getCoverage(w.trainerBo, "BZ")).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("certificate rule", () => {
  it("waits for the exercises the level requires, counted for the attendee of the login", async () => {
    await setAttendance(w.trainerBz, { attendeeId: ana.id, attended: true, completed: true });
    await setAttendance(w.trainerBz, { attendeeId: luis.id, attended: true, completed: true });
    // No rule yet: nothing required (as before this rule existed).
    expect(await getLevelRules(w.adminBz, "BZ")).toEqual({
      TRAIN_THE_TRAINERS: 0,
      CASCADE_WORKSHOP: 0,
      REFRESHER: 0,
    });
    const rules = { countryCode: "BZ", TRAIN_THE_TRAINERS: 1, CASCADE_WORKSHOP: 2, REFRESHER: 0 };
    await expect(setLevelRules(w.adminBz, rules)).rejects.toBeInstanceOf(NotFoundError);
    await expect(setLevelRules(w.trainerBo, rules)).rejects.toBeInstanceOf(NotFoundError);
    expect(await w.db.trainingLevelRule.count()).toBe(0);
    await setLevelRules(w.trainerBz, rules);

    await expect(issueCertificate(w.trainerBz, ana.id)).rejects.toMatchObject({
      key: "training:errors.notEnoughExercises",
    });
    expect(
      (await w.db.trainingAttendee.findUniqueOrThrow({ where: { id: ana.id } })).certificateCodeHash,
    ).toBeNull();

    // Ana's login works the "find" exercise in the sandbox: the pass is hers, not Luis's.
    await setSessionExercises(w.trainerBz, { sessionId, exerciseIds: ["find-misspelled"] });
    await startExercise(ana.login, { exerciseId: "find-misspelled" });
    const target = await w.db.case.findFirstOrThrow({
      where: { practiceSessionId: sessionId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    await getCaseForViewer(ana.login, target.caseNumber, "VIEW");
    expect(await checkMyExercise(ana.login, { exerciseId: "find-misspelled" })).toEqual({ passed: true });
    expect(
      (await w.db.trainingAttendee.findUniqueOrThrow({ where: { id: ana.id } })).exercisesPassed,
    ).toEqual(["find-misspelled"]);
    await expect(issueCertificate(w.trainerBz, luis.id)).rejects.toMatchObject({
      key: "training:errors.notEnoughExercises",
    });

    const { code } = await issueCertificate(w.trainerBz, ana.id);
    const row = await w.db.trainingAttendee.findUniqueOrThrow({ where: { id: ana.id } });
    expect(JSON.stringify(row)).not.toContain(code.slice(5));
    // Shown again, to the trainer and to the trainee, without being stored.
    expect((await getCertificateForViewer(w.trainerBz, ana.id)).code).toBe(code);
    expect(await getMyCertificate(ana.login)).toMatchObject({ code });
    expect(await getMyCertificate(luis.login)).toEqual({ code: null, issuedAt: null });

    // The public check: initials, level, dates; never the name.
    const v = await verifyCertificate(code, freshIp());
    expect(v).toMatchObject({ status: "valid", initials: "S. A. P.", kind: "TRAIN_THE_TRAINERS" });
    expect(JSON.stringify(v)).not.toContain("Ana");

    // Re-issuing: a new code; the old one stops verifying and is no longer shown.
    const { code: second } = await issueCertificate(w.trainerBz, ana.id);
    expect(second).not.toBe(code);
    expect(await verifyCertificate(code, freshIp())).toEqual({ status: "invalid" });
    expect((await getCertificateForViewer(w.trainerBz, ana.id)).code).toBe(second);
  });
});

describe("coverage per level", () => {
  it("shows what the level learned: the knowledge gain and each exercise passed of those set it", async () => {
    const c = await getCoverage(w.trainerBz, "BZ");
    // Ana and Luis completed the train-the-trainers session (level 0); only Ana passed.
    expect(c.levels[0]).toEqual({
      level: 0,
      trained: 2,
      target: 20,
      underTarget: true,
      gain: { people: 2, before: 42, after: 92, gain: 50 },
      exercises: [{ id: "find-misspelled", set: 2, passed: 1 }],
    });
    // The anonymous practice login's attempts belong to no attendee: they count for nobody.
    await startExercise(anonymous, { exerciseId: "find-misspelled" });
    expect((await getCoverage(w.trainerBz, "BZ")).levels[0]!.exercises).toEqual([
      { id: "find-misspelled", set: 2, passed: 1 },
    ]);
    await expect(getCoverage(w.trainerBo, "BZ")).rejects.toBeInstanceOf(NotFoundError);
  });
});
