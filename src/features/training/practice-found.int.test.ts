// "Record a found person" in the training sandbox: a practice login records found persons that
// only its session's sandbox sees (never a real viewer, never the matching of real claims), a
// trainee never sees a real record, the exercise passes only for a record that describes the
// task's person made after Start, and the sandbox wipe removes the records.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileCase } from "@/features/cases/test-fixtures";
import { getFoundForViewer, recordFoundPerson, searchFoundPersons } from "@/features/found/data";
import { FoundInput, FoundSearchInput, type FoundFormValues } from "@/features/found/schemas";
import { nayeRecord } from "@/features/found/test-fixtures";
import { matchRecord } from "@/features/matching/engine/match-record";
import { settleMatching } from "@/features/matching/schedule";
import { NotFoundError } from "@/server/errors";
import { toViewer, viewerSelect, type Viewer } from "@/server/viewer";
import { closeAppTestDb } from "@/testing/test-db";
import { checkMyExercise, getMyExercises, setSessionExercises, startExercise } from "./exercise-data";
import { createPracticeLogins } from "./practice-data";
import { wipeSandbox } from "./practice-expiry";
import { createSession } from "./session-data";
import { createTrainingWorld, sessionInput, type TrainingWorld } from "./testing";

let w: TrainingWorld;
let sessionId: string;
let ana: Viewer;
let luis: Viewer;
let realNumber: string;
let practiceNumber: string;

const record = (v: Viewer, o: Partial<FoundFormValues> = {}) =>
  recordFoundPerson(v, FoundInput.parse(nayeRecord({ foundOn: "2026-11-20", ...o })));
const numbers = async (v: Viewer) =>
  (await searchFoundPersons(v, FoundSearchInput.parse({ q: "" }))).rows.map((r) => r.foundNumber);
const check = (v: Viewer) => checkMyExercise(v, { exerciseId: "record-found" });

beforeAll(async () => {
  w = await createTrainingWorld();
  sessionId = (await createSession(w.trainerBz, sessionInput({ trainerIds: [w.trainerBz.id] }))).id;
  const logins = await createPracticeLogins(w.trainerBz, sessionId, 2);
  [ana, luis] = await Promise.all(
    logins.map(async (l) =>
      toViewer(await w.db.user.findUniqueOrThrow({ where: { email: l.email }, select: viewerSelect })),
    ),
  ).then((v) => [v[0]!, v[1]!]);
  await setSessionExercises(w.trainerBz, { sessionId, exerciseIds: ["record-found"] });
  realNumber = (await record(w.policeBz)).foundNumber;
  practiceNumber = (await record(ana)).foundNumber;
  await settleMatching();
});
afterAll(async () => {
  await closeAppTestDb(w?.testDb);
});

describe("found records in the training sandbox", () => {
  it("a practice login's record carries its session and a practice number", async () => {
    expect(practiceNumber).toMatch(/^PRACTICE-BZ-F-\d{4}-\d{6}$/);
    const row = await w.db.foundPerson.findUniqueOrThrow({ where: { foundNumber: practiceNumber } });
    expect(row.practiceSessionId).toBe(sessionId);
    expect(row.recordedById).toBe(ana.id);
    const real = await w.db.foundPerson.findUniqueOrThrow({ where: { foundNumber: realNumber } });
    expect(real.practiceSessionId).toBeNull();
  });

  it("the sandbox sees only its own records, real viewers never see them", async () => {
    expect(await numbers(ana)).toEqual([practiceNumber]);
    expect(await numbers(luis)).toEqual([practiceNumber]);
    await expect(getFoundForViewer(ana, realNumber, "VIEW")).rejects.toBeInstanceOf(NotFoundError);
    expect((await getFoundForViewer(ana, practiceNumber, "VIEW")).foundNumber).toBe(practiceNumber);
    expect(await numbers(w.policeBz)).toEqual([realNumber]);
    await expect(getFoundForViewer(w.policeBz, practiceNumber, "VIEW")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("matching never pairs a real claim with a practice record", async () => {
    const claim = await fileCase(w.db, "BZ", {
      givenNames: "Nayeli",
      familyNames: "Quispe Mamani",
      otherNames: null,
      sex: "FEMALE",
      dateOfBirth: "2011-05-14",
      approxAge: null,
      lastSeenAt: new Date("2026-09-01T18:00:00Z"),
      // What the family would say of her, so the real record stands out above the review
      // threshold (decision 162) rather than tying with a stranger on name, sex and age.
      heightCm: 154,
      languages: ["es", "qu"],
      distinguishingMarks: "Tatuaje de una rosa en el antebrazo izquierdo",
      status: "ACTIVE",
    });
    await matchRecord(w.db, { kind: "claim", id: claim.id });
    const paired = await w.db.matchProposal.findMany({
      where: { caseId: claim.id, kind: "FOUND" },
      select: { foundPerson: { select: { foundNumber: true } } },
    });
    // The real record of the same girl is proposed (the check can fail); the practice one is not.
    expect(paired.map((p) => p.foundPerson?.foundNumber)).toEqual([realNumber]);
    expect(await w.db.matchProposal.count({ where: { foundPerson: { practiceSessionId: sessionId } } })).toBe(
      0,
    );
  });
});

describe("exercise 'record a found person'", () => {
  it("is worked without practice cases and counts nothing recorded before Start", async () => {
    expect((await getMyExercises(ana)).map((e) => e.id)).toEqual(["record-found"]);
    await startExercise(ana, { exerciseId: "record-found" });
    // ana's record from before Start does not count.
    expect(await check(ana)).toEqual({ passed: false });
  });

  it("does not pass for a record of someone else (sex, age or name), nor for another login's", async () => {
    await record(ana, { sex: "MALE" });
    await record(ana, { ageMin: "16", ageMax: "18" });
    await record(ana, { namesGiven: "Nayra" });
    await startExercise(luis, { exerciseId: "record-found" });
    await record(luis);
    expect(await check(ana)).toEqual({ passed: false });
  });

  it("passes for a record of the task's girl made after Start", async () => {
    await record(ana, { namesGiven: "Naye, la flaca", ageMin: "13", ageMax: "15" });
    expect(await check(ana)).toEqual({ passed: true });
    expect(await check(luis)).toEqual({ passed: true });
  });

  it("the wipe deletes the sandbox's records and then its logins, and leaves the real one", async () => {
    const r = await wipeSandbox(w.db, sessionId, w.trainerBz);
    expect(r.logins).toBe(2);
    expect(await w.db.foundPerson.count({ where: { practiceSessionId: sessionId } })).toBe(0);
    expect(await w.db.foundPerson.count({ where: { foundNumber: realNumber } })).toBe(1);
  });
});
