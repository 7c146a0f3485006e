import { describe, expect, it } from "vitest";
import { findabilityHints } from "./findability";

const complete = {
  hasPhoto: true,
  distinguishingMarks: "Tatuaje de una rosa en el antebrazo izquierdo",
  dateOfBirth: new Date("2011-05-02"),
  approxAge: null,
  heightCm: 152,
  languages: ["es", "ay"],
  clothing: "Chompa roja",
  eyeColour: "café oscuro",
  hair: "negro, lacio",
  build: "delgada",
  nationality: "BO",
};

describe("findabilityHints", () => {
  it("asks for nothing when every detail the engine uses is there", () => {
    expect(findabilityHints(complete)).toEqual([]);
  });

  it("asks for what is missing, heaviest criterion first", () => {
    const hints = findabilityHints({
      ...complete,
      hasPhoto: false,
      heightCm: null,
      clothing: "",
      languages: [],
    });
    expect(hints).toEqual(["photo", "height", "languages", "clothing"]);
  });

  it("asks for eyes, nationality, hair and build, ordered by their weights", () => {
    const hints = findabilityHints({ ...complete, eyeColour: " ", hair: null, build: "", nationality: "ZZ" });
    expect(hints).toEqual(["eyes", "nationality", "hair", "build"]);
  });

  it("asks for the body location when marks are described without one", () => {
    expect(findabilityHints({ ...complete, distinguishingMarks: "un tatuaje de una rosa" })).toEqual([
      "marksLocation",
    ]);
  });

  it("prefers a date of birth over an approximate age, and an age over nothing", () => {
    expect(findabilityHints({ ...complete, dateOfBirth: null, approxAge: 15 })).toEqual(["dateOfBirth"]);
    expect(findabilityHints({ ...complete, dateOfBirth: null, approxAge: null })).toEqual(["age"]);
  });
});
