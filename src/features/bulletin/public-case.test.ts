import { describe, expect, it } from "vitest";
import { minorBirthCutoff, publicSelectFor, type ConsentFlags } from "./eligibility";
import { ageInYears, toPublicCase } from "./public-case";

const none: ConsentFlags = { name: false, photo: false, age: false, lastSeen: false, description: false };
const now = new Date("2026-11-28T10:00:00Z");
const fullRow = {
  publicId: "abcDEF123456",
  countryCode: "BO",
  givenNames: "Ana",
  familyNames: "Mamani",
  otherNames: null,
  dateOfBirth: new Date("2010-11-29"),
  approxAge: null,
  lastSeenCity: "El Alto",
  lastSeenAt: new Date("2026-10-02T21:30:00Z"),
  lastSeenTimeKnown: true,
  region: { name: "La Paz" },
  heightCm: 152,
  build: "delgada",
  hair: "negro, trenzas",
  eyeColour: null,
  clothing: "pollera azul",
  photos: [{ id: "p1", width: 10, height: 10 }],
};

describe("publicSelectFor", () => {
  it("selects no consent-gated column without its consent", () => {
    expect(Object.keys(publicSelectFor(none)).sort()).toEqual(["countryCode", "publicId"]);
  });
  it("selects each group only with its own consent", () => {
    expect(Object.keys(publicSelectFor({ ...none, age: true })).sort()).toEqual([
      "approxAge",
      "countryCode",
      "dateOfBirth",
      "publicId",
    ]);
    expect(Object.keys(publicSelectFor({ ...none, lastSeen: true }))).toContain("lastSeenCity");
    expect(Object.keys(publicSelectFor({ ...none, photo: true }))).toContain("photos");
    expect(Object.keys(publicSelectFor({ ...none, description: true })).sort()).toEqual([
      "build",
      "clothing",
      "countryCode",
      "eyeColour",
      "hair",
      "heightCm",
      "publicId",
    ]);
    expect(Object.keys(publicSelectFor({ ...none, name: true }))).toEqual(
      expect.arrayContaining(["givenNames", "familyNames", "otherNames"]),
    );
  });
});

describe("toPublicCase", () => {
  it("copies nothing without consent, even from a row that carries it", () => {
    expect(toPublicCase(fullRow, none, now)).toEqual({
      publicId: "abcDEF123456",
      countryCode: "BO",
      name: null,
      age: null,
      lastSeen: null,
      description: null,
      photos: [],
    });
  });
  it("copies the description and clothing only with their consent", () => {
    expect(JSON.stringify(toPublicCase(fullRow, { ...none, name: true }, now))).not.toContain("pollera");
    expect(toPublicCase(fullRow, { ...none, description: true }, now).description).toEqual({
      heightCm: 152,
      build: "delgada",
      hair: "negro, trenzas",
      eyeColour: null,
      clothing: "pollera azul",
    });
  });
  it("gives the current age, never the date of birth", () => {
    const dto = toPublicCase(fullRow, { ...none, age: true }, now);
    expect(dto.age).toEqual({ years: 15, approximate: false });
    expect(JSON.stringify(dto)).not.toContain("2010");
  });
});

describe("ages", () => {
  it("turns a year older on the birthday, not before", () => {
    expect(ageInYears(new Date("2008-11-28"), now)).toBe(18);
    expect(ageInYears(new Date("2008-11-29"), now)).toBe(17);
  });
  it("puts the minor cutoff 18 years before today", () => {
    expect(minorBirthCutoff(now).toISOString().slice(0, 10)).toBe("2008-11-28");
  });
});
