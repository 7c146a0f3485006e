import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { protectCount, publishedRate, SUPPRESSED } from "./suppression";

describe("protectCount", () => {
  it("never publishes a number from 1 to 4", () => {
    fc.assert(
      fc.property(fc.nat({ max: 10_000_000 }), (n) => {
        const out = protectCount(n);
        if (typeof out === "number") expect(out === 0 || out >= 5).toBe(true);
        else expect(out).toBe(SUPPRESSED);
      }),
      { numRuns: 5000 },
    );
  });

  it("keeps 0, hides 1..4, rounds the rest to a multiple of 5 within 2 of the truth", () => {
    fc.assert(
      fc.property(fc.nat({ max: 1_000_000 }), (n) => {
        const out = protectCount(n);
        if (n === 0) expect(out).toBe(0);
        else if (n < 5) expect(out).toBe(SUPPRESSED);
        else {
          expect(typeof out).toBe("number");
          expect((out as number) % 5).toBe(0);
          expect(Math.abs((out as number) - n)).toBeLessThanOrEqual(2);
        }
      }),
    );
  });

  it("gives the documented values at the edges", () => {
    expect([0, 1, 4, 5, 7, 8, 12, 13].map(protectCount)).toEqual([0, "<5", "<5", 5, 5, 10, 10, 15]);
  });

  it("refuses negative or fractional counts instead of publishing them", () => {
    expect(() => protectCount(-1)).toThrow(RangeError);
    expect(() => protectCount(2.5)).toThrow(RangeError);
  });
});

describe("publishedRate", () => {
  it("is computed from published numbers only, and withheld when a part is suppressed", () => {
    expect(publishedRate(10, 40)).toBe(25);
    expect(publishedRate(SUPPRESSED, 40)).toBeNull();
    expect(publishedRate(10, 0)).toBeNull();
  });
});
