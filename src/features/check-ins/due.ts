// When a family is asked "Still missing?" (decision 142): 14, 60 and 180 days after the report
// was filed, while the case is open. Pure, so the rule is a table test (due.test.ts); the
// schedule job (schedule.ts) asks the database for the same thing with the same cut-offs.

/** Days after filing of check-in 1, 2 and 3. */
export const CHECK_IN_DAYS = [14, 60, 180] as const;
/** How long a check-in's link can be answered. */
export const CHECK_IN_VALID_DAYS = 30;
/** A case is asked about only in these states. */
export const CHECK_IN_STATUSES = ["REPORTED", "VERIFIED", "ACTIVE"] as const;
export const CHECK_IN_ANSWERS = ["STILL_MISSING", "CAME_HOME", "NEW_INFO"] as const;
export type CheckInAnswer = (typeof CHECK_IN_ANSWERS)[number];

const DAY = 86_400_000;

/** The moment check-in `index` (0-based) falls due for cases filed at or before the result. */
export function filedBefore(now: Date, index: number): Date {
  return new Date(now.getTime() - CHECK_IN_DAYS[index]! * DAY);
}

/**
 * The check-in number (1-3) to send now for a case filed at `filedAt`, when the highest one
 * already sent is `lastSent` (0 for none); null when none is due. A case found late (the job
 * did not run, or the feature arrived after day 60) gets only the latest due one, never a burst.
 */
export function dueCheckInNumber(filedAt: Date, now: Date, lastSent: number): number | null {
  let due = 0;
  CHECK_IN_DAYS.forEach((_, i) => {
    if (filedAt.getTime() <= filedBefore(now, i).getTime()) due = i + 1;
  });
  return due > lastSent ? due : null;
}

export function checkInExpiry(sentAt: Date): Date {
  return new Date(sentAt.getTime() + CHECK_IN_VALID_DAYS * DAY);
}
