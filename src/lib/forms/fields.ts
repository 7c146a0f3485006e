// Zod field builders whose messages are i18n keys of the shared "validation" namespace. They run
// in the browser (react-hook-form) and again on the server, so they must stay free of server code.
import { z } from "zod";
import { hasLoneSurrogate, normalizeTextInput } from "@/lib/text";

/** C0/C1 controls (zero-width and bidi characters are stripped before this check). */
const CONTROL_SINGLE_LINE = /[\u0000-\u001F\u007F-\u009F]/;
/** The same, but newlines and tabs are fine in free text. */
const CONTROL_MULTILINE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** Form inputs send "" for an empty optional field; APIs may send null. Both mean "not given". */
const blankToUndefined = (v: unknown) =>
  v === null || (typeof v === "string" && v.trim() === "") ? undefined : v;

function textBase(max: number, multiline: boolean) {
  return z
    .string({ error: "validation:required" })
    .max(max * 4, { error: "validation:tooLong" })
    .refine((s) => !hasLoneSurrogate(s), { error: "validation:controlChars" })
    .transform(normalizeTextInput)
    .pipe(
      z
        .string()
        .max(max, { error: "validation:tooLong" })
        .refine((s) => !(multiline ? CONTROL_MULTILINE : CONTROL_SINGLE_LINE).test(s), {
          error: "validation:controlChars",
        }),
    );
}

/** A required single-line text. */
export const requiredText = (max: number) =>
  textBase(max, false).pipe(z.string().min(1, { error: "validation:required" }));

/** A required multi-line text (newlines allowed). */
export const requiredLongText = (max: number) =>
  textBase(max, true).pipe(z.string().min(1, { error: "validation:required" }));

export const optionalText = (max: number) => z.preprocess(blankToUndefined, textBase(max, false).optional());

export const optionalLongText = (max: number) =>
  z.preprocess(blankToUndefined, textBase(max, true).optional());

/** Whole numbers typed into a text box or sent as JSON numbers. */
export const optionalInt = (min: number, max: number) =>
  z.preprocess(
    (v) => {
      const b = blankToUndefined(v);
      return typeof b === "string" && /^\s*-?\d+\s*$/.test(b) ? Number(b) : b;
    },
    z
      .number({ error: "validation:notANumber" })
      .int({ error: "validation:notANumber" })
      .min(min, { error: "validation:outOfRange" })
      .max(max, { error: "validation:outOfRange" })
      .optional(),
  );

/** Today's date (YYYY-MM-DD) a day ahead of UTC, so no time zone of the network is "in the future". */
function latestAllowedDate(): string {
  return new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
}

/** A YYYY-MM-DD string that names a day on the calendar (not 2026-02-30 or 0000-00-00). */
export function isRealDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** A calendar date as typed in <input type="date">: YYYY-MM-DD, real, from 1900, not in the future. */
const dateBase = () =>
  z
    .string({ error: "validation:invalidDate" })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "validation:invalidDate" })
    .refine(isRealDate, { error: "validation:invalidDate" })
    .refine((s) => s >= "1900-01-01", { error: "validation:invalidDate" })
    .refine((s) => s <= latestAllowedDate(), { error: "validation:dateInFuture" });

export const requiredPastDate = () =>
  z.preprocess(
    (v) => (v === "" || v === null ? undefined : v),
    z.string({ error: "validation:required" }).pipe(dateBase()),
  );

export const optionalPastDate = () => z.preprocess(blankToUndefined, dateBase().optional());

/** HH:MM, 24-hour clock. */
export const optionalTime = () =>
  z.preprocess(
    blankToUndefined,
    z
      .string({ error: "validation:invalidTime" })
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "validation:invalidTime" })
      .optional(),
  );

/** Phone numbers as people write them: digits, spaces, +, -, dots and brackets; 6 to 15 digits. */
export const optionalPhone = () =>
  z.preprocess(
    blankToUndefined,
    z
      .string({ error: "validation:invalidPhone" })
      .max(40, { error: "validation:tooLong" })
      .transform((s) => s.trim())
      .refine((s) => /^\+?[\d\s().-]+$/.test(s), { error: "validation:invalidPhone" })
      .refine(
        (s) => {
          const n = s.replace(/\D/g, "").length;
          return n >= 6 && n <= 15;
        },
        { error: "validation:invalidPhone" },
      )
      .optional(),
  );

export const optionalEmail = () =>
  z.preprocess(
    (v) => (typeof v === "string" ? blankToUndefined(v.trim()) : blankToUndefined(v)),
    z
      .string({ error: "validation:invalidEmail" })
      .max(254, { error: "validation:tooLong" })
      .pipe(z.email({ error: "validation:invalidEmail" }))
      .optional(),
  );

/** One of a fixed list (select, radio). */
export const choice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: "validation:required" });

export const optionalChoice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(blankToUndefined, z.enum(values, { error: "validation:invalidChoice" }).optional());

/** Several of a fixed list (checkboxes): duplicates dropped. */
export const choices = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(
    (v) => (v === undefined || v === null || v === false ? [] : v),
    z
      .array(z.enum(values, { error: "validation:invalidChoice" }), { error: "validation:invalidChoice" })
      .max(values.length, { error: "validation:invalidChoice" })
      .transform((a) => [...new Set(a)]),
  );

/** A checkbox: absent means false. */
export const flag = () =>
  z.preprocess(
    (v) => (v === undefined || v === null ? false : v),
    z.boolean({ error: "validation:invalidChoice" }),
  );
