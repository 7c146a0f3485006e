import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeName, phoneDigits, searchNameFor } from "./normalize";

describe("normalizeName", () => {
  it.each([
    ["José Pérez", "jose perez"],
    ["María José de la Cruz Núñez", "maria jose cruz nunez"],
    ["  PEÑA   del  Río ", "pena rio"],
    ["O'Brien-Tzul", "o brien tzul"],
  ])("%s -> %s", (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });

  it("is idempotent and never produces accents or upper case", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        const once = normalizeName(s);
        expect(normalizeName(once)).toBe(once);
        expect(once).toBe(once.toLowerCase());
        expect(once.normalize("NFKD")).toBe(once);
      }),
    );
  });

  it("includes aliases in the search name", () => {
    expect(searchNameFor({ givenNames: "José", familyNames: "Pérez", otherNames: "Chepe" })).toBe(
      "jose perez chepe",
    );
  });
});

describe("phoneDigits", () => {
  it("keeps digits only and ignores too-short input", () => {
    expect(phoneDigits("+501 610-1234")).toBe("5016101234");
    expect(phoneDigits("12-34")).toBeNull();
    expect(phoneDigits(null)).toBeNull();
  });
});
