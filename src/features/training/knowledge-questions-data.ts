import "server-only";
// A country's knowledge-check questions (decision 166): read by its trainees' check, written by
// its admins and trainers (training:editQuestions, own country; the super-admin any). The first
// read of a country copies the built-in set (knowledge-check.ts, texts from locales/) into rows,
// so every country starts from the same sensible questions and edits only its own.
import { Prisma } from "@/generated/prisma/client";
import { loadResources } from "@/i18n/resources";
import { LOCALES, type Locale } from "@/i18n/settings";
import { recordAuditEvent } from "@/server/audit-event";
import { getDb, type Tx } from "@/server/db";
import { AppError, NotFoundError } from "@/server/errors";
import { can } from "@/server/policy";
import type { Viewer } from "@/server/viewer";
import { allowedCountry, isUuid } from "./access";
import { KNOWLEDGE_QUESTIONS } from "./knowledge-check";
import type { QuestionValues } from "./schemas";

export type Texts = Record<Locale, string>;

export interface Question {
  id: string;
  position: number;
  text: Texts;
  options: Texts[];
  correct: number;
  retiredAt: Date | null;
}

/** The built-in questions with their texts in every language, as rows to seed. */
async function builtinRows(countryCode: string): Promise<Prisma.KnowledgeQuestionCreateManyInput[]> {
  const byLocale = await Promise.all(
    LOCALES.map(async (l) => [l, (await loadResources(l, ["training"])).training ?? {}] as const),
  );
  const pick = (path: string[]) =>
    Object.fromEntries(
      byLocale.map(([l, res]) => {
        let v: unknown = res;
        for (const k of path) v = (v as Record<string, unknown> | undefined)?.[k];
        return [l, typeof v === "string" ? v : ""];
      }),
    ) as Texts;
  return KNOWLEDGE_QUESTIONS.map((q, position) => ({
    countryCode,
    builtinId: q.id,
    position,
    text: pick(["knowledge", "questions", q.id, "text"]),
    options: q.options.map((o) => pick(["knowledge", "questions", q.id, "options", o])),
    correct: (q.options as readonly string[]).indexOf(q.correct),
  }));
}

const asQuestion = (r: {
  id: string;
  position: number;
  text: Prisma.JsonValue;
  options: Prisma.JsonValue;
  correct: number;
  retiredAt: Date | null;
}): Question => ({
  id: r.id,
  position: r.position,
  text: r.text as Texts,
  options: r.options as Texts[],
  correct: r.correct,
  retiredAt: r.retiredAt,
});

/** Every question of the country (retired ones too), seeding the built-in set on first read. */
export async function countryQuestions(db: Tx, countryCode: string): Promise<Question[]> {
  const where = { countryCode };
  if ((await db.knowledgeQuestion.count({ where })) === 0)
    // Two first readers at once: the unique (country, builtinId) keeps one copy.
    await db.knowledgeQuestion.createMany({ data: await builtinRows(countryCode), skipDuplicates: true });
  const rows = await db.knowledgeQuestion.findMany({ where, orderBy: [{ position: "asc" }, { id: "asc" }] });
  return rows.map(asQuestion);
}

/** The questions a trainee of the country is asked now. */
export async function activeQuestions(db: Tx, countryCode: string): Promise<Question[]> {
  return (await countryQuestions(db, countryCode)).filter((q) => !q.retiredAt);
}

function requireEditor(viewer: Viewer, countryCode: string) {
  if (!can(viewer, "training:editQuestions") || viewer.practiceSessionId) throw new NotFoundError();
  if (!allowedCountry(viewer, countryCode)) throw new NotFoundError();
}

/** The editor's list: the country's questions, active first in their order, then retired. */
export async function getQuestionsForEditor(viewer: Viewer, countryCode: string) {
  requireEditor(viewer, countryCode);
  const qs = await countryQuestions(await getDb(), countryCode);
  return [...qs.filter((q) => !q.retiredAt), ...qs.filter((q) => q.retiredAt)];
}

/** One question to edit, in a country the viewer edits; anything else is not found. */
export async function getQuestionForEditor(viewer: Viewer, id: string) {
  if (!isUuid(id)) throw new NotFoundError();
  const db = await getDb();
  const row = await db.knowledgeQuestion.findUnique({ where: { id } });
  if (!row) throw new NotFoundError();
  requireEditor(viewer, row.countryCode);
  return { ...asQuestion(row), countryCode: row.countryCode };
}

const snapshot = (q: Pick<Question, "text" | "options" | "correct">) => ({
  text: q.text,
  options: q.options,
  correct: q.correct,
});

/** Creates a question (at the end) or changes one; audited with before and after. */
export async function saveQuestion(viewer: Viewer, input: QuestionValues) {
  requireEditor(viewer, input.countryCode);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    // Seeds first, so a new question comes after the built-in set rather than replacing it.
    const existing = await countryQuestions(tx, input.countryCode);
    const data = { text: input.text, options: input.options, correct: input.correct };
    let id: string;
    let before: ReturnType<typeof snapshot> | null = null;
    if (input.id) {
      const q = existing.find((x) => x.id === input.id);
      if (!q) throw new NotFoundError();
      before = snapshot(q);
      await tx.knowledgeQuestion.update({ where: { id: q.id }, data });
      id = q.id;
    } else {
      const position = existing.reduce((m, q) => Math.max(m, q.position + 1), 0);
      id = (
        await tx.knowledgeQuestion.create({
          data: { ...data, countryCode: input.countryCode, position },
          select: { id: true },
        })
      ).id;
    }
    await recordAuditEvent(tx, viewer, {
      action: input.id ? "training.question.update" : "training.question.create",
      targetType: "KnowledgeQuestion",
      targetId: id,
      countryCode: input.countryCode,
      before,
      after: snapshot(data),
    });
    return { id };
  });
}

/** Retires a question (no longer asked) or brings it back; the last active one cannot go. */
export async function setQuestionRetired(viewer: Viewer, id: string, retired: boolean) {
  const q = await getQuestionForEditor(viewer, id);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    // Serialises two retirements in one country, so they cannot both leave it with none.
    await tx.$executeRaw`SELECT 1 FROM "Country" WHERE code = ${q.countryCode} FOR UPDATE`;
    if (retired) {
      const active = await tx.knowledgeQuestion.count({
        where: { countryCode: q.countryCode, retiredAt: null },
      });
      if (active <= 1 && !q.retiredAt) throw new AppError("training:questions.lastActive", 409);
    }
    await tx.knowledgeQuestion.update({ where: { id }, data: { retiredAt: retired ? new Date() : null } });
    await recordAuditEvent(tx, viewer, {
      action: retired ? "training.question.retire" : "training.question.restore",
      targetType: "KnowledgeQuestion",
      targetId: id,
      countryCode: q.countryCode,
    });
    return { id, retired };
  });
}

/** The question in one language for the trainee's form (the portal's default as a fallback). */
export function localized(q: Question, locale: Locale) {
  const pick = (t: Texts) => t[locale] || t.es;
  return { id: q.id, text: pick(q.text), options: q.options.map(pick) };
}
export type LocalizedQuestion = ReturnType<typeof localized>;
