// The fixed lists of found-person records. Codes are stored (Prisma enums); labels come from
// locales (found.json). Client-safe: the form and the server share these.
export const FOUND_STATUSES = ["OPEN", "UNDER_REVIEW", "IDENTIFIED", "CLOSED"] as const;
export type FoundStatusCode = (typeof FOUND_STATUSES)[number];

export const CONDITIONS = ["ALIVE", "DECEASED"] as const;

export const INSTITUTION_TYPES = [
  "SHELTER",
  "HOSPITAL",
  "CUSTODY",
  "MORGUE",
  "FAMILY_OR_FOSTER",
  "NONE",
  "OTHER",
] as const;

export const MARK_TYPES = ["SCAR", "TATTOO", "BIRTHMARK", "PIERCING", "AMPUTATION"] as const;

/** Head to foot, so the select reads in body order. */
export const BODY_LOCATIONS = [
  "HEAD",
  "FACE",
  "NECK",
  "CHEST",
  "ABDOMEN",
  "BACK",
  "LEFT_SHOULDER",
  "RIGHT_SHOULDER",
  "LEFT_UPPER_ARM",
  "RIGHT_UPPER_ARM",
  "LEFT_FOREARM",
  "RIGHT_FOREARM",
  "LEFT_HAND",
  "RIGHT_HAND",
  "HIPS",
  "LEFT_THIGH",
  "RIGHT_THIGH",
  "LEFT_LOWER_LEG",
  "RIGHT_LOWER_LEG",
  "LEFT_FOOT",
  "RIGHT_FOOT",
  "OTHER",
] as const;

export const MAX_MARKS = 10;

/** GT-F-2026-000012 (see found-number.ts); never matches a case number. */
// A practice record carries the practice prefix and its country (PRACTICE-BZ-F-2026-000001).
export const FOUND_NUMBER_PATTERN = /^[A-Z]{1,8}(-[A-Z]{2})?-F-\d{4}-\d{6}$/;
