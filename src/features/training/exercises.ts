// The library of graded practice exercises. Each is checked from what the practice login
// actually did in its sandbox (events and access-log rows it wrote after starting), never from
// an answer it typed: the point is to show the officer can use the portal.
// Texts: training:exercises.<id>.title / .task / .missing (all 8 languages).

export const EXERCISE_IDS = [
  "find-misspelled",
  "verify-with-note",
  "flag-trafficking",
  "spot-duplicate",
  "record-found",
  "review-match",
] as const;
export type ExerciseId = (typeof EXERCISE_IDS)[number];

export const isExerciseId = (s: string): s is ExerciseId => (EXERCISE_IDS as readonly string[]).includes(s);

/** What each exercise needs from the sandbox before it can be worked. */
export const NEEDS_PRACTICE_CASES: Record<ExerciseId, boolean> = {
  // The target is one of the sandbox's practice cases, shown to the trainee misspelled.
  "find-misspelled": true,
  "verify-with-note": true,
  "flag-trafficking": true,
  // The pair is planted when the trainer generates three or more cases (practice-duplicate.ts).
  "spot-duplicate": true,
  // The trainee records a new found person from the task's description (practice-found rows).
  "record-found": false,
  // Start plants this login's own pair (practice-review-data.ts).
  "review-match": false,
};

/**
 * Who the "record a found person" exercise describes (the task text says it in words): the
 * check wants a record with this sex, an age range that includes this age and this name given.
 */
export const FOUND_EXERCISE_PERSON = { sex: "FEMALE", age: 14, nameGiven: "Naye" } as const;
