// The one found-record schema: react-hook-form validates with it in the browser and the server
// action parses with it again. Messages are i18n keys. No server imports (client bundle).
import { z } from "zod";
import {
  choice,
  choices,
  optionalChoice,
  optionalInt,
  optionalLongText,
  optionalText,
  requiredLongText,
  requiredPastDate,
  requiredText,
} from "@/lib/forms/fields";
import { CLAIM_COUNTRIES, NATIONALITIES, SEXES, SPOKEN_LANGUAGES } from "@/lib/case-options";
import {
  BODY_LOCATIONS,
  CONDITIONS,
  FOUND_NUMBER_PATTERN,
  FOUND_STATUSES,
  INSTITUTION_TYPES,
  MARK_TYPES,
  MAX_MARKS,
} from "./options";

const blank = (v: unknown) => (v === "" || v === null ? undefined : v);

/** A required whole number typed into a text box. */
const requiredInt = (min: number, max: number) =>
  z.preprocess(
    (v) => (typeof v === "string" && /^\s*\d+\s*$/.test(v) ? Number(v) : blank(v)),
    z
      .number({ error: "validation:required" })
      .int({ error: "validation:notANumber" })
      .min(min, { error: "validation:outOfRange" })
      .max(max, { error: "validation:outOfRange" }),
  );

export const MarkInput = z.object({
  type: choice(MARK_TYPES),
  bodyLocation: choice(BODY_LOCATIONS),
  description: requiredText(300),
});

export const FoundInput = z
  .object(
    {
      submissionId: z.uuid({ error: "validation:invalidId" }),
      condition: choice(CONDITIONS),
      foundOn: requiredPastDate(),
      regionId: z.preprocess(blank, z.uuid({ error: "validation:invalidChoice" }).optional()),
      foundPlace: requiredText(200),
      circumstances: requiredLongText(4000),
      institutionType: choice(INSTITUTION_TYPES),
      institutionName: optionalText(200),
      namesGiven: optionalText(200),
      sex: choice(SEXES),
      ageMin: requiredInt(0, 120),
      ageMax: requiredInt(0, 120),
      heightMinCm: optionalInt(30, 250),
      heightMaxCm: optionalInt(30, 250),
      build: optionalText(100),
      hair: optionalText(100),
      eyeColour: optionalText(100),
      skin: optionalText(100),
      clothing: optionalLongText(1000),
      belongings: optionalLongText(1000),
      languages: choices(SPOKEN_LANGUAGES),
      nationality: optionalChoice(NATIONALITIES),
      identityDocument: optionalText(100),
      marks: z.array(MarkInput).max(MAX_MARKS, { error: "found:errors.tooManyMarks" }).default([]),
    },
    { error: "validation:invalid" },
  )
  .superRefine((f, ctx) => {
    if (f.ageMin > f.ageMax)
      ctx.addIssue({ code: "custom", path: ["ageMax"], message: "found:errors.ageRange" });
    if (f.heightMinCm !== undefined && f.heightMaxCm !== undefined && f.heightMinCm > f.heightMaxCm)
      ctx.addIssue({ code: "custom", path: ["heightMaxCm"], message: "found:errors.heightRange" });
  });

/** What the server works with (after trimming and coercion). */
export type FoundInput = z.infer<typeof FoundInput>;
/** What the form holds (strings from inputs). */
export type FoundFormValues = z.input<typeof FoundInput>;

const optionalAge = z.preprocess(
  blank,
  z.coerce
    .number("found:errors.age")
    .int("found:errors.age")
    .min(0, "found:errors.age")
    .max(120, "found:errors.age")
    .optional(),
);
const isoDate = z.preprocess(blank, z.iso.date("found:errors.date").optional());

/** The list's search form (sent by POST: nothing personal in the address). */
export const FoundSearchInput = z.object({
  q: z.preprocess(
    (v) => (typeof v === "string" ? v : ""),
    z.string().trim().max(200, "found:errors.queryTooLong"),
  ),
  status: z.preprocess(blank, z.enum(FOUND_STATUSES, "found:errors.choice").optional()),
  condition: z.preprocess(blank, z.enum(CONDITIONS, "found:errors.choice").optional()),
  sex: z.preprocess(blank, z.enum(SEXES, "found:errors.choice").optional()),
  country: z.preprocess(blank, z.enum(CLAIM_COUNTRIES, "found:errors.choice").optional()),
  age: optionalAge,
  foundFrom: isoDate,
  foundTo: isoDate,
  page: z.preprocess(blank, z.coerce.number().int().min(1).max(500).default(1)),
});
export type FoundSearchInput = z.infer<typeof FoundSearchInput>;

const foundNumber = z
  .string("found:errors.notFound")
  .trim()
  .toUpperCase()
  .regex(FOUND_NUMBER_PATTERN, "found:errors.notFound");

export const FoundStatusInput = z.object({
  foundNumber,
  from: z.enum(FOUND_STATUSES, "found:errors.choice"),
  to: z.enum(FOUND_STATUSES, "found:errors.choice"),
  reason: requiredText(500).pipe(z.string().min(3, "found:errors.reasonTooShort")),
});
export type FoundStatusInput = z.infer<typeof FoundStatusInput>;

export const FoundNoteInput = z.object({ foundNumber, body: requiredLongText(4000) });
export type FoundNoteInput = z.infer<typeof FoundNoteInput>;
