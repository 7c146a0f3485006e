// Small-cell protection for public statistics. Applied on the server, to the DTO itself: the
// page, the charts and the CSV only ever see protected numbers. Why rounding as well as "<5":
// see docs/decisions/052-stats-small-cell-suppression.md.

export const SUPPRESSED = "<5" as const;
/** A count as published: exact for staff; for the public 0, "<5", or a multiple of 5. */
export type PublicCount = number | typeof SUPPRESSED;

/** Counts from 1 to SMALL_CELL_MAX are never published as numbers. */
export const SMALL_CELL_MAX = 4;
export const ROUNDING_BASE = 5;

/**
 * 0 stays 0 (an empty cell singles nobody out); 1..4 become "<5"; anything larger is rounded to
 * the nearest multiple of 5 (5, 6 and 7 give 5), so that a total minus the visible cells, or
 * one table minus another, cannot recover a suppressed cell exactly.
 */
export function protectCount(n: number): PublicCount {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`count must be a whole number >= 0, got ${n}`);
  if (n === 0) return 0;
  if (n <= SMALL_CELL_MAX) return SUPPRESSED;
  return Math.round(n / ROUNDING_BASE) * ROUNDING_BASE;
}

/**
 * A percentage computed only from numbers that are themselves published, so it tells nothing
 * the cells do not. Null (shown as "not published") when either part is suppressed or zero.
 */
export function publishedRate(part: PublicCount, whole: PublicCount): number | null {
  if (typeof part !== "number" || typeof whole !== "number" || whole === 0) return null;
  return Math.round((part / whole) * 100);
}

/** Staff figures: the exact share, one decimal. */
export function exactRate(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 10;
}

/** The number a chart draws for a count: "<5" is drawn as a short bar of "about 2.5". */
export function chartValue(c: PublicCount): number {
  return c === SUPPRESSED ? (SMALL_CELL_MAX + 1) / 2 : c;
}
