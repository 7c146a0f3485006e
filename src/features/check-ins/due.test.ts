import { describe, expect, it } from "vitest";
import { CHECK_IN_VALID_DAYS, checkInExpiry, dueCheckInNumber } from "./due";

const now = new Date("2026-12-02T15:00:00Z");
const filedDaysAgo = (d: number, extraMs = 0) => new Date(now.getTime() - d * 86_400_000 - extraMs);

describe("dueCheckInNumber", () => {
  it.each([
    // days since filing, highest already sent, due now
    [0, 0, null],
    [13, 0, null],
    [13.99, 0, null],
    [14, 0, 1],
    [20, 0, 1],
    [20, 1, null],
    [59, 1, null],
    [60, 1, 2],
    [60, 2, null],
    [100, 0, 2], // never asked at 14 days: only the latest due one, not two at once
    [179, 2, null],
    [180, 2, 3],
    [400, 0, 3],
    [400, 3, null],
  ] as const)("%s days, last sent %s -> %s", (days, last, expected) => {
    expect(dueCheckInNumber(filedDaysAgo(days), now, last)).toBe(expected);
  });

  it("is due from the exact moment the day count is reached", () => {
    expect(dueCheckInNumber(filedDaysAgo(14), now, 0)).toBe(1);
    expect(dueCheckInNumber(new Date(filedDaysAgo(14).getTime() + 1), now, 0)).toBeNull();
  });

  it("a link can be answered for a month", () => {
    expect(checkInExpiry(now).getTime() - now.getTime()).toBe(CHECK_IN_VALID_DAYS * 86_400_000);
  });
});
