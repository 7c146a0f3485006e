// zod only, no server imports: the same schemas drive the forms (react-hook-form) and are
// parsed again on the server. Messages are i18n keys of the "training" namespace.
import { z } from "zod";
import { LOCALES } from "@/i18n/settings";
import { KNOWLEDGE_PHASES } from "./knowledge-check";

export const TRAINING_KINDS = ["TRAIN_THE_TRAINERS", "CASCADE_WORKSHOP", "REFRESHER"] as const;

const REQUIRED = "training:validation.required";
const TOO_LONG = "training:validation.tooLong";

const text = (min: number, max: number) =>
  z.string(REQUIRED).trim().min(1, REQUIRED).min(min, "training:validation.tooShort").max(max, TOO_LONG);
const optionalText = (max: number) => z.string().trim().max(max, TOO_LONG).default("");
/** "" means "none" for optional selects. */
const optionalId = z.union([z.literal(""), z.uuid("training:validation.invalidChoice")]).default("");
const isoDate = z.iso.date("training:validation.invalidDate");

/** One link per line; each must be an http(s) address. */
const materialLinks = optionalText(2000).refine(
  (v) =>
    v
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean)
      .every((l) => /^https?:\/\/\S+$/i.test(l)),
  "training:validation.invalidLinks",
);

export const SessionInput = z
  .object({
    title: text(3, 200),
    kind: z.enum(TRAINING_KINDS, "training:validation.invalidChoice"),
    startDate: isoDate,
    endDate: z.union([z.literal(""), isoDate]).default(""),
    countryCode: z.string(REQUIRED).regex(/^[A-Z]{2}$/, REQUIRED),
    regionId: optionalId,
    venue: text(2, 200),
    partnerOrgs: optionalText(500),
    parentSessionId: optionalId,
    trainerIds: z
      .array(z.uuid("training:validation.invalidChoice"))
      .min(1, "training:validation.trainerRequired")
      .max(10, TOO_LONG),
    materials: materialLinks,
    capacity: z
      .string()
      .trim()
      .regex(/^$|^\d{1,4}$/, "training:validation.invalidCapacity")
      .refine((v) => v === "" || (Number(v) >= 1 && Number(v) <= 1000), "training:validation.invalidCapacity")
      .default(""),
  })
  .refine((s) => !s.endDate || s.endDate >= s.startDate, {
    path: ["endDate"],
    message: "training:validation.endBeforeStart",
  });
export type SessionInput = z.input<typeof SessionInput>;
export type SessionValues = z.output<typeof SessionInput>;

const optionalEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(200, TOO_LONG)
  .refine((v) => v === "" || z.email().safeParse(v).success, "training:validation.invalidEmail")
  .default("");

export const AttendeeInput = z.object({
  name: text(2, 120),
  rank: optionalText(80),
  unit: optionalText(120),
  regionId: optionalId,
  email: optionalEmail,
});
export type AttendeeInput = z.input<typeof AttendeeInput>;
export type AttendeeValues = z.output<typeof AttendeeInput>;

/** A CSV row before its region name is matched against the session's country. */
export const AttendeeCsvRow = z.object({
  name: text(2, 120),
  rank: optionalText(80),
  unit: optionalText(120),
  region: optionalText(120),
  email: optionalEmail,
});
export type AttendeeCsvRow = z.output<typeof AttendeeCsvRow>;

export const AttendanceInput = z.object({
  attendeeId: z.uuid(),
  attended: z.boolean(),
  completed: z.boolean(),
});
export type AttendanceInput = z.output<typeof AttendanceInput>;

/** The bulk mark above the attendee list: everyone but the ticked exceptions. */
export const BulkAttendanceInput = z.object({
  sessionId: z.uuid(),
  mark: z.enum(["attended", "completed"]),
  except: z.array(z.uuid()).max(1000).default([]),
});
export type BulkAttendanceInput = z.output<typeof BulkAttendanceInput>;

/** The trainer's choice of graded exercises for a session. */
export const ExerciseChoiceInput = z.object({
  sessionId: z.uuid(),
  exerciseIds: z.array(z.string().max(40)).max(20).default([]),
});
export type ExerciseChoiceInput = z.output<typeof ExerciseChoiceInput>;

/** A practice login's start / check of one exercise. */
export const ExerciseRefInput = z.object({ exerciseId: z.string().max(40) });
export type ExerciseRefInput = z.output<typeof ExerciseRefInput>;

/** The ids the row buttons post; the data functions answer not-found for an unknown one. */
export const SessionRef = z.object({ sessionId: z.string().max(64) });
export const AttendeeRef = z.object({ attendeeId: z.string().max(64) });

export const PracticeCountInput = z.object({
  count: z.coerce
    .number("training:validation.invalidCount")
    .int("training:validation.invalidCount")
    .min(1, "training:validation.invalidCount")
    .max(40, "training:validation.invalidCount"),
  sessionId: z.string().max(64),
});
export type PracticeCountInput = z.output<typeof PracticeCountInput>;

export const VerifyCodeInput = z.object({
  code: z.string(REQUIRED).trim().min(1, REQUIRED).max(40, "training:verify.invalidFormat"),
});

const exerciseCount = z.coerce
  .number("training:validation.invalidCount")
  .int("training:validation.invalidCount")
  .min(0, "training:validation.invalidCount")
  .max(20, "training:validation.invalidCount");

/** Exercises required for a certificate, per kind of session, for one country. */
export const LevelRulesInput = z.object({
  countryCode: z.string(REQUIRED).regex(/^[A-Z]{2}$/, REQUIRED),
  TRAIN_THE_TRAINERS: exerciseCount,
  CASCADE_WORKSHOP: exerciseCount,
  REFRESHER: exerciseCount,
});
export type LevelRulesValues = z.output<typeof LevelRulesInput>;

/** A trainee's answers to the knowledge check: every question, one of its options. */
/**
 * A trainee's answers: question id -> index of the chosen option. Which questions must be
 * answered, and whether an index exists, depends on the country's questions: the data layer
 * checks that (knowledge-data.ts) and names each unanswered question.
 */
export const KnowledgeCheckInput = z.object({
  phase: z.enum(KNOWLEDGE_PHASES, "training:validation.invalidChoice"),
  answers: z
    .record(z.uuid("training:validation.invalidId"), z.coerce.number().int().min(0).max(9))
    .refine((a) => Object.keys(a).length <= 50, "training:validation.invalid"),
});
export type KnowledgeCheckValues = z.output<typeof KnowledgeCheckInput>;

/** One text in every language of the portal (all required: a trainee reads it in theirs). */
const allLanguages = (max: number) => {
  const one = z.string(REQUIRED).trim().min(1, REQUIRED).max(max, TOO_LONG);
  return z.object(
    Object.fromEntries(LOCALES.map((l) => [l, one])) as Record<(typeof LOCALES)[number], typeof one>,
  );
};

export const MAX_QUESTION_OPTIONS = 4;

/** A knowledge-check question as the editor sends it (decision 166). */
export const QuestionInput = z
  .object({
    countryCode: z.string().regex(/^[A-Z]{2}$/, "training:validation.invalidChoice"),
    id: optionalId,
    text: allLanguages(300),
    options: z
      .array(allLanguages(200))
      .min(2, "training:questions.twoOptions")
      .max(MAX_QUESTION_OPTIONS, "training:validation.invalid"),
    correct: z.coerce.number("training:questions.pickCorrect").int().min(0, "training:questions.pickCorrect"),
  })
  .refine((v) => v.correct < v.options.length, {
    path: ["correct"],
    message: "training:questions.pickCorrect",
  });
export type QuestionValues = z.output<typeof QuestionInput>;

export const QuestionRefInput = z.object({
  id: z.uuid("training:validation.invalidId"),
  retired: z.enum(["true", "false"]).transform((v) => v === "true"),
});

/** The trainee's decision on the practice proposed match: confirm or reject, with a reason. */
export const PracticeReviewInput = z.object({
  decision: z.enum(["CONFIRMED", "REJECTED"], "training:validation.invalidChoice"),
  reason: text(3, 1000),
});
export type PracticeReviewInput = z.output<typeof PracticeReviewInput>;

/** Largest coverage target a form accepts: more officers than any country has. */
export const MAX_TARGET = 100_000;
/** Cascade levels a target can be set for (0: the first trainers ... 9). */
export const MAX_TARGET_LEVEL = 9;
const INVALID_TARGET = "training:validation.invalidTarget";

/** A target as typed: empty means "no target" (null); otherwise a whole number 1..MAX_TARGET. */
const targetValue = z
  .string(INVALID_TARGET)
  .trim()
  .refine(
    (v) => v === "" || (/^\d{1,6}$/.test(v) && Number(v) >= 1 && Number(v) <= MAX_TARGET),
    INVALID_TARGET,
  )
  .transform((v) => (v === "" ? null : Number(v)));

/**
 * A country's coverage targets (decision 180): the whole country's, each district's (region id ->
 * target) and each cascade level's. Keys are the form's field names (`regions.<id>`,
 * `levels.<n>`), so a field error lands beside its input. A district or level left out of the
 * input keeps its target; one sent empty loses it. Whether a region is the country's is the data
 * layer's check.
 */
export const CoverageTargetsInput = z.object({
  countryCode: z.string(REQUIRED).regex(/^[A-Z]{2}$/, REQUIRED),
  total: targetValue,
  regions: z
    .record(z.uuid("training:validation.invalidId"), targetValue)
    .refine((r) => Object.keys(r).length <= 200, "training:validation.invalid"),
  levels: z.record(
    z.string().regex(new RegExp(`^[0-${MAX_TARGET_LEVEL}]$`), "training:validation.invalidId"),
    targetValue,
  ),
});
export type CoverageTargetsInput = z.input<typeof CoverageTargetsInput>;
export type CoverageTargetsValues = z.output<typeof CoverageTargetsInput>;

/**
 * The target form's fields (`total`, `regions.<id>`, `levels.<n>`) as CoverageTargetsInput's
 * shape: the same reading in the browser (checked before sending) and in the action.
 */
export function coverageTargetsFromForm(form: FormData): CoverageTargetsInput {
  const text = (k: string) => {
    const v = form.get(k);
    return typeof v === "string" ? v : "";
  };
  const under = (prefix: string) =>
    Object.fromEntries(
      [...form.keys()].filter((k) => k.startsWith(prefix)).map((k) => [k.slice(prefix.length), text(k)]),
    );
  return {
    countryCode: text("countryCode"),
    total: text("total"),
    regions: under("regions."),
    levels: under("levels."),
  };
}
