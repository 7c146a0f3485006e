import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { profileFromClaim, profileFromFound } from "./build-profile";
import { nayeFound, nayeliClaim } from "./fixtures";
import { compareProfiles } from "./score";

const day = 24 * 3600 * 1000;
const claimArb = fc.record({
  givenNames: fc.constantFrom("Nayeli", "Francisco", "Guadalupe", "Ana María", "José Luis"),
  familyNames: fc.constantFrom("Quispe Mamani", "Pérez", "de la Cruz Choque"),
  sex: fc.constantFrom("FEMALE", "MALE", "UNKNOWN") as fc.Arbitrary<"FEMALE" | "MALE" | "UNKNOWN">,
  approxAge: fc.integer({ min: 1, max: 80 }),
  heightCm: fc.option(fc.integer({ min: 60, max: 200 }), { nil: null }),
  lastSeenOffset: fc.integer({ min: 0, max: 2000 }),
});
const foundArb = fc.record({
  names: fc.option(fc.constantFrom("Naye", "Pancho", "Lupe", "Quispe", "Ana"), { nil: null }),
  sex: fc.constantFrom("FEMALE", "MALE", "UNKNOWN") as fc.Arbitrary<"FEMALE" | "MALE" | "UNKNOWN">,
  ageMin: fc.integer({ min: 0, max: 80 }),
  span: fc.integer({ min: 0, max: 10 }),
  foundOffset: fc.integer({ min: 0, max: 3000 }),
});

type ClaimArb = typeof claimArb extends fc.Arbitrary<infer T> ? T : never;
type FoundArb = typeof foundArb extends fc.Arbitrary<infer T> ? T : never;

function build(c: ClaimArb, f: FoundArb) {
  const base = new Date("2020-01-01T00:00:00Z").getTime();
  const claim = profileFromClaim(
    nayeliClaim({ ...c, dateOfBirth: null, lastSeenAt: new Date(base + c.lastSeenOffset * day) }),
  );
  const found = profileFromFound(
    nayeFound({ ...f, ageMax: f.ageMin + f.span, foundAt: new Date(base + f.foundOffset * day) }),
  );
  return { claim, found };
}

describe("compareProfiles properties", () => {
  it("scores lie in 0..1, points never exceed weights, and order of arguments does not matter", () => {
    fc.assert(
      fc.property(claimArb, foundArb, (c, f) => {
        const { claim, found } = build(c, f);
        const ab = compareProfiles(claim, found);
        const ba = compareProfiles(found, claim);
        expect(ab.excluded).toBe(ba.excluded);
        if (ab.excluded || ba.excluded) return;
        expect(ab.score).toBe(ba.score);
        expect(ab.score).toBeGreaterThanOrEqual(0);
        expect(ab.score).toBeLessThanOrEqual(1);
        for (const k of ab.criteria) expect(k.points).toBeLessThanOrEqual(k.weight);
      }),
    );
  });

  it("never proposes a person found more than two days before they were last seen", () => {
    fc.assert(
      fc.property(claimArb, foundArb, (c, f) => {
        const { claim, found } = build(c, f);
        fc.pre(found.refDate.getTime() < claim.refDate.getTime() - 2 * day);
        expect(compareProfiles(claim, found).excluded).not.toBeNull();
      }),
    );
  });

  it("never proposes a woman for a man or the reverse", () => {
    fc.assert(
      fc.property(claimArb, foundArb, (c, f) => {
        fc.pre(c.sex !== "UNKNOWN" && f.sex !== "UNKNOWN" && c.sex !== f.sex);
        const { claim, found } = build(c, f);
        expect(compareProfiles(claim, found).excluded).not.toBeNull();
      }),
    );
  });
});
