// The knowledge check a trainee takes before and after a session: the same short multiple-choice
// questions both times, so the difference is what the session taught. No server imports: the
// form, the schema and the scoring share it. KNOWLEDGE_QUESTIONS is the built-in first set
// (texts: training:knowledge.questions.<id>.text and .options.<option>, all 8 languages) that
// each country's editable questions are seeded from (knowledge-questions-data.ts, decision 166).

export const KNOWLEDGE_QUESTIONS = [
  { id: "spelling", options: ["noMatch", "similar", "newClaim"], correct: "similar" },
  { id: "verify", options: ["reason", "nothing", "family"], correct: "reason" },
  { id: "indicator", options: ["visit", "phone", "documents"], correct: "documents" },
  { id: "duplicate", options: ["deleteBoth", "markDuplicate", "leaveBoth"], correct: "markDuplicate" },
  { id: "found", options: ["record", "wait", "photoPublic"], correct: "record" },
  { id: "practice", options: ["real", "shared", "sandbox"], correct: "sandbox" },
] as const;

export const KNOWLEDGE_PHASES = ["BEFORE", "AFTER"] as const;
export type KnowledgePhase = (typeof KNOWLEDGE_PHASES)[number];

/** Question id -> index of the chosen option. */
export type KnowledgeAnswers = Record<string, number>;

/** What grading needs of a question (the rest is kept as it was shown). */
export interface GradableQuestion {
  id: string;
  options: readonly unknown[];
  correct: number;
}

/**
 * Grades answers against the questions asked: the ids of questions left unanswered (or answered
 * with an option that does not exist), else the score out of the questions.
 */
export function gradeKnowledge(
  questions: readonly GradableQuestion[],
  answers: KnowledgeAnswers,
): { unanswered: string[] } | { score: number; total: number } {
  const unanswered = questions
    .filter((q) => {
      const a = answers[q.id];
      return a === undefined || a < 0 || a >= q.options.length;
    })
    .map((q) => q.id);
  if (unanswered.length) return { unanswered };
  const score = questions.filter((q) => answers[q.id] === q.correct).length;
  return { score, total: questions.length };
}

export interface CheckScores {
  before: { score: number; total: number } | null;
  after: { score: number; total: number } | null;
}

export interface Gain {
  /** Trainees who took both checks (only they count). */
  people: number;
  /** Mean share of correct answers, in percent, before and after. */
  before: number;
  after: number;
  /** after - before, in percentage points. */
  gain: number;
}

const pct = (s: { score: number; total: number }) => (s.total ? (s.score / s.total) * 100 : 0);

/**
 * The gain of a group of trainees: mean score after minus mean score before, over those who
 * took both (someone who skipped one would tilt the means). Null when nobody took both.
 */
export function knowledgeGain(rows: readonly CheckScores[]): Gain | null {
  const both = rows.filter((r) => r.before && r.after);
  if (both.length === 0) return null;
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const before = Math.round(mean(both.map((r) => pct(r.before!))));
  const after = Math.round(mean(both.map((r) => pct(r.after!))));
  return { people: both.length, before, after, gain: after - before };
}

type CheckRow = { phase: KnowledgePhase; score: number; total: number };

/** One trainee's stored checks as before / after scores. */
export function scoresOf(checks: readonly CheckRow[]): CheckScores {
  const of = (phase: KnowledgePhase) => {
    const c = checks.find((x) => x.phase === phase);
    return c ? { score: c.score, total: c.total } : null;
  };
  return { before: of("BEFORE"), after: of("AFTER") };
}
