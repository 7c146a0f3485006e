// Editable knowledge-check questions (decision 166): a country starts from the built-in set in
// every language; its admins and trainers create, change and retire questions (others, other
// countries and practice logins get not found; bad input is refused field by field and changes
// nothing); trainees are asked the active ones; a past attempt keeps the text it was graded on.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCALES } from "@/i18n/settings";
import { NotFoundError } from "@/server/errors";
import { toViewer, viewerSelect, type Viewer } from "@/server/viewer";
import { makeViewer } from "@/testing/viewers";
import { closeAppTestDb } from "@/testing/test-db";
import { addAttendee } from "./attendee-data";
import { getMyKnowledgeChecks, submitKnowledgeCheck } from "./knowledge-data";
import {
  activeQuestions,
  getQuestionForEditor,
  getQuestionsForEditor,
  saveQuestion,
  setQuestionRetired,
} from "./knowledge-questions-data";
import { createAttendeeLogins } from "./practice-data";
import { KnowledgeCheckInput, QuestionInput } from "./schemas";
import { createSession } from "./session-data";
import { attendee, createTrainingWorld, sessionInput, type TrainingWorld } from "./testing";

let w: TrainingWorld;
let trainee: Viewer;
let attendeeId: string;

const every = (s: string) => Object.fromEntries(LOCALES.map((l) => [l, `${s} (${l})`]));
const form = (o: Record<string, unknown> = {}) => ({
  countryCode: "BZ",
  id: "",
  text: every("Who may see a practice case?"),
  options: [every("Only the sandbox"), every("Everyone")],
  correct: "0",
  ...o,
});
const question = (o: Record<string, unknown> = {}) => QuestionInput.parse(form(o));
const auditRows = () => w.db.auditEvent.count({ where: { targetType: "KnowledgeQuestion" } });

beforeAll(async () => {
  w = await createTrainingWorld();
  const sessionId = (await createSession(w.trainerBz, sessionInput({ trainerIds: [w.trainerBz.id] }))).id;
  attendeeId = (await addAttendee(w.trainerBz, sessionId, attendee({ name: "Sgt. Ana Pop" }))).id;
  const [login] = await createAttendeeLogins(w.trainerBz, sessionId);
  trainee = toViewer(
    await w.db.user.findUniqueOrThrow({ where: { email: login!.email }, select: viewerSelect }),
  );
});
afterAll(async () => {
  await closeAppTestDb(w?.testDb);
});

describe("knowledge-check questions", () => {
  it("start as the built-in set with texts in all 8 languages, seeded once per country", async () => {
    const [a, b] = await Promise.all([
      getQuestionsForEditor(w.adminBz, "BZ"),
      getQuestionsForEditor(w.trainerBz, "BZ"),
    ]);
    expect(a).toHaveLength(6);
    expect(b.map((q) => q.id)).toEqual(a.map((q) => q.id));
    expect(await w.db.knowledgeQuestion.count({ where: { countryCode: "BZ" } })).toBe(6);
    for (const q of a) {
      for (const l of LOCALES) expect(q.text[l]).toBeTruthy();
      for (const o of q.options) for (const l of LOCALES) expect(o[l]).toBeTruthy();
    }
    expect(a[0]!.text.en).toBe(
      "A mother spells her daughter's name differently from the claim. What do you do?",
    );
  });

  it("are not reachable by police, another country's trainer or a practice login", async () => {
    for (const v of [w.policeBz, w.trainerBo, trainee]) {
      await expect(getQuestionsForEditor(v, "BZ")).rejects.toBeInstanceOf(NotFoundError);
      await expect(saveQuestion(v, question())).rejects.toBeInstanceOf(NotFoundError);
    }
    const id = (await activeQuestions(w.db, "BZ"))[0]!.id;
    await expect(setQuestionRetired(w.trainerBo, id, true)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getQuestionForEditor(w.trainerBo, id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await auditRows()).toBe(0);
  });

  it("refuse a text missing in one language, one option only, and a right answer not given", () => {
    const errors = (o: Record<string, unknown>) => {
      const r = QuestionInput.safeParse(form(o));
      return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    };
    expect(errors({ text: { ...every("Q"), gn: " " } })).toEqual(["text.gn: training:validation.required"]);
    expect(errors({ options: [every("Only")], correct: "0" })).toEqual([
      "options: training:questions.twoOptions",
    ]);
    expect(errors({ correct: "2" })).toEqual(["correct: training:questions.pickCorrect"]);
    expect(errors({ options: [every("A"), { ...every("B"), qu: "" }] })).toEqual([
      "options.1.qu: training:validation.required",
    ]);
  });

  it("are created at the end and changed by the country's admin or trainer, each audited", async () => {
    const { id } = await saveQuestion(w.trainerBz, question());
    let list = await getQuestionsForEditor(w.adminBz, "BZ");
    expect(list.map((q) => q.id).at(-1)).toBe(id);
    expect(list.at(-1)!.options.map((o) => o.en)).toEqual(["Only the sandbox (en)", "Everyone (en)"]);
    await saveQuestion(w.adminBz, question({ id, text: every("Who sees a practice case?"), correct: "1" }));
    list = await getQuestionsForEditor(w.adminBz, "BZ");
    expect(list.at(-1)).toMatchObject({ id, correct: 1, text: { es: "Who sees a practice case? (es)" } });
    expect(await auditRows()).toBe(2);
  });

  it("retired ones are not asked; the last active one cannot be retired", async () => {
    const qs = await activeQuestions(w.db, "BZ");
    for (const q of qs.slice(0, -1)) await setQuestionRetired(w.trainerBz, q.id, true);
    await expect(setQuestionRetired(w.trainerBz, qs.at(-1)!.id, true)).rejects.toMatchObject({
      key: "training:questions.lastActive",
    });
    expect((await activeQuestions(w.db, "BZ")).map((q) => q.id)).toEqual([qs.at(-1)!.id]);
    // Bring back the first built-in one: the check asks two questions now.
    await setQuestionRetired(w.trainerBz, qs[0]!.id, false);
    const mine = await getMyKnowledgeChecks(trainee, "es");
    expect(mine.linked && mine.questions.map((q) => q.text)).toEqual([
      qs[0]!.text.es,
      "Who sees a practice case? (es)",
    ]);
  });

  it("a past attempt keeps the question text and answer it was graded on after an edit", async () => {
    const [first, mine] = await activeQuestions(w.db, "BZ");
    const answers = { [first!.id]: first!.correct, [mine!.id]: 1 };
    expect(
      await submitKnowledgeCheck(trainee, KnowledgeCheckInput.parse({ phase: "BEFORE", answers })),
    ).toEqual({ phase: "BEFORE", score: 2, total: 2 });
    await saveQuestion(w.trainerBz, question({ id: mine!.id, text: every("Rewritten"), correct: "0" }));
    await setQuestionRetired(w.trainerBz, first!.id, true);
    const row = await w.db.knowledgeCheck.findFirstOrThrow({ where: { attendeeId, phase: "BEFORE" } });
    expect(row.score).toBe(2);
    expect(row.graded).toEqual([
      expect.objectContaining({ questionId: first!.id, text: first!.text, correct: first!.correct }),
      expect.objectContaining({
        questionId: mine!.id,
        text: every("Who sees a practice case?"),
        correct: 1,
        chosen: 1,
      }),
    ]);
  });

  it("a second country starts from its own copy of the built-in set", async () => {
    const trainerGt = await makeViewer(w.db, "TRAINER", "GT");
    const gt = await getQuestionsForEditor(trainerGt, "GT");
    expect(gt).toHaveLength(6);
    expect(gt.every((q) => !q.retiredAt)).toBe(true);
  });
});
