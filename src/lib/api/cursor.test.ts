import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { cursorId, cursorInstant, cursorScore, decodeCursor, encodeCursor } from "./cursor";

const Key = z.tuple([z.literal("t"), cursorScore, cursorInstant, cursorId]);

describe("API cursors", () => {
  it("round-trips any score (exactly, as keysets compare with =), instant and id", () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }),
        fc.uuid(),
        (score, at, id) => {
          const back = decodeCursor(encodeCursor(["t", score, at.toISOString(), id]), Key);
          expect(back).toEqual(["t", Object.is(score, -0) ? 0 : score, at, id]);
        },
      ),
    );
  });

  it("refuses what it did not make: another list's key, garbage, oversized, non-base64url", () => {
    const at = new Date().toISOString();
    for (const bad of [
      encodeCursor(["other", 1, at, crypto.randomUUID()]),
      encodeCursor(["t", "1", at, crypto.randomUUID()]),
      encodeCursor(["t", 1, "yesterday", crypto.randomUUID()]),
      encodeCursor(["t", 1, at, "1; DROP TABLE"]),
      "not a cursor",
      "e30",
      "A".repeat(401),
      "",
    ])
      expect(decodeCursor(bad, Key)).toBeNull();
  });
});
