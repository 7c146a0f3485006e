import { describe, expect, it } from "vitest";
import {
  profileFromClaim,
  profileFromFound,
  type ClaimForMatching,
  type FoundForMatching,
} from "./build-profile";
import { nayeFound, nayeliClaim } from "./fixtures";
import { compareProfiles, REVIEW_THRESHOLD, STAND_OUT_MARGIN, standingOut, type MatchResult } from "./score";

const run = (claim: Partial<ClaimForMatching>, found: Partial<FoundForMatching>): MatchResult =>
  compareProfiles(profileFromClaim(nayeliClaim(claim)), profileFromFound(nayeFound(found)));
const scoreOf = (r: MatchResult) => (r.excluded ? -1 : r.score);
const reasonOf = (r: MatchResult, key: string) =>
  r.excluded ? null : r.criteria.find((c) => c.key === key)?.reason;

// Pairs that must reach the review queue: the same girl, described as people really describe.
const MUST_MATCH: [string, Partial<ClaimForMatching>, Partial<FoundForMatching>][] = [
  ["nickname only (Naye / Nayeli)", {}, {}],
  ["partial name: one given name", {}, { names: "Nayeli" }],
  [
    "one surname only",
    {},
    { names: "Quispe", marks: [{ kind: "TATTOO", location: "LEFT_FOREARM", description: null }] },
  ],
  ["reversed surnames", { familyNames: "Mamani Quispe" }, { names: "Nayeli Quispe Mamani" }],
  ["typo in the name", {}, { names: "Nayelli Kispe" }],
  [
    "marks in Spanish vs English text",
    {},
    { marks: [{ kind: "TATTOO", location: null, description: "rose tattoo on left forearm" }] },
  ],
  [
    "neighbouring country (Peru)",
    { circumstances: "No dijo a dónde iba." },
    { countryCode: "PE", regionCode: "PE-PUN", place: "Desaguadero" },
  ],
  ["age estimated five years off", {}, { ageMin: 19, ageMax: 20 }],
  [
    "the found record lists no marks (the claim describes a tattoo)",
    {},
    { names: "Nayeli Quispe", marks: [] },
  ],
  ["sex unknown on the found side", {}, { sex: "UNKNOWN" }],
  ["approximate age instead of birth date", { dateOfBirth: null, approxAge: 14 }, {}],
  [
    "marks in French, body location from the list",
    {},
    { marks: [{ kind: "TATTOO", location: "LEFT_FOREARM", description: "tatouage d'une rose" }] },
  ],
  [
    "a scar in Spanish vs English, location only in the text",
    { distinguishingMarks: "Cicatriz pequeña en la ceja izquierda" },
    { marks: [{ kind: "SCAR", location: "OTHER", description: "small scar on the left eyebrow" }] },
  ],
  [
    "hair dyed and cut since, eyes and build in Portuguese",
    {},
    { hair: "tingido de loiro, curto", eyeColour: "castanhos", build: "magra" },
  ],
  ["eyes seen as a neighbouring shade (hazel for dark brown)", {}, { eyeColour: "hazel" }],
  ["thinner now (slim claimed, medium recorded)", { build: "mediana" }, { build: "slim" }],
  ["nationality given where found, a foreigner there", {}, { names: "Nayeli", marks: [], nationality: "BO" }],
  ["another nationality given (false papers), the rest agrees", {}, { nationality: "GT" }],
];

// Pairs that must never be proposed: each hard exclusion, and strangers.
const MUST_NOT_MATCH: [string, Partial<ClaimForMatching>, Partial<FoundForMatching>, string | null][] = [
  ["sex known on both sides and different", {}, { sex: "MALE" }, "sex"],
  ["found before last seen", {}, { foundAt: new Date("2026-02-01T00:00:00Z") }, "foundBeforeLastSeen"],
  ["age impossible (an adult of 40)", {}, { ageMin: 38, ageMax: 45 }, "age"],
  [
    "age impossible via approximate age",
    { dateOfBirth: null, approxAge: 8 },
    { ageMin: 25, ageMax: 30 },
    "age",
  ],
  [
    "a stranger: other name, other mark, far away",
    {},
    {
      names: "Rosa",
      countryCode: "CR",
      regionCode: "CR-SJ",
      place: "San José",
      marks: [{ kind: "SCAR", location: "RIGHT_KNEE", description: null }],
      languages: ["es"],
      hasPhoto: false,
    },
    null,
  ],
  [
    "a namesake whose eyes, hair, build and nationality all differ",
    { distinguishingMarks: null, heightCm: null, languages: ["es"], circumstances: "" },
    {
      names: "Nayeli",
      marks: [],
      heightMinCm: null,
      heightMaxCm: null,
      languages: [],
      hasPhoto: false,
      eyeColour: "green",
      hair: "blonde, curly",
      build: "heavy",
      nationality: "HN",
    },
    null,
  ],
];

describe("compareProfiles", () => {
  it.each(MUST_MATCH)("proposes: %s", (_label, claim, found) => {
    const r = run(claim, found);
    expect(r.excluded).toBeNull();
    expect(scoreOf(r)).toBeGreaterThanOrEqual(REVIEW_THRESHOLD);
  });

  it.each(MUST_NOT_MATCH)("does not propose: %s", (_label, claim, found, exclusion) => {
    const r = run(claim, found);
    if (exclusion) expect(r.excluded).toBe(exclusion);
    else expect(scoreOf(r)).toBeLessThan(REVIEW_THRESHOLD);
  });

  it("explains each criterion with its points", () => {
    const r = run({}, {});
    if (r.excluded) throw new Error("excluded");
    expect(reasonOf(r, "name")).toBe("nickname");
    expect(reasonOf(r, "marks")).toBe("same");
    expect(reasonOf(r, "place")).toBe("destination");
    expect(reasonOf(r, "languages")).toBe("rare");
    expect(r.criteria.reduce((s, c) => s + c.points, 0)).toBeGreaterThan(0);
    for (const c of r.criteria) expect(c.points).toBeLessThanOrEqual(c.weight);
  });

  it("ranks the true girl above a namesake with nothing else in common", () => {
    const truePair = scoreOf(run({}, {}));
    const namesake = scoreOf(
      run(
        { distinguishingMarks: null, languages: [], heightCm: null, circumstances: "" },
        { countryCode: "CR", regionCode: null, place: "Liberia" },
      ),
    );
    expect(truePair).toBeGreaterThan(namesake);
  });

  it("sets a one-word namesake apart from the girl by the description alone", () => {
    // The must-not row above with the claim's own eyes, hair, build and nationality instead.
    const bare = { distinguishingMarks: null, heightCm: null, languages: ["es"], circumstances: "" };
    const found = { names: "Nayeli", marks: [], heightMinCm: null, heightMaxCm: null, languages: [] };
    const same = run(bare, {
      ...found,
      hasPhoto: false,
      eyeColour: "dark brown",
      hair: "black, straight",
      build: "slim",
      nationality: "BO",
    });
    const other = run(bare, {
      ...found,
      hasPhoto: false,
      eyeColour: "green",
      hair: "blonde, curly",
      build: "heavy",
      nationality: "HN",
    });
    // More than the stand-out margin apart: the description alone sets the two apart.
    expect(scoreOf(same) - scoreOf(other)).toBeGreaterThan(STAND_OUT_MARGIN);
    expect(scoreOf(other)).toBeLessThan(REVIEW_THRESHOLD);
    expect(reasonOf(same, "nationality")).toBe("sameForeign");
    expect(reasonOf(other, "eyes")).toBe("different");
  });

  it("gives the neighbouring-country reason for Bolivia and Peru", () => {
    const r = run({ circumstances: "" }, { countryCode: "PE", regionCode: "PE-PUN", place: "Puno" });
    expect(reasonOf(r, "place")).toBe("neighbour");
  });

  it("counts a mark given as kind and location only as the same mark", () => {
    const r = run({}, { marks: [{ kind: "TATTOO", location: "LEFT_FOREARM", description: null }] });
    expect(reasonOf(r, "marks")).toBe("same");
  });

  it("takes a few points when the claim describes a mark the found record does not list", () => {
    // A one-word found record with no marks: a namesake with a tattoo is a little less likely.
    const found = { names: "Nayeli", marks: [] };
    const withMark = run({}, found);
    const withoutMark = run({ distinguishingMarks: null }, found);
    if (withMark.excluded || withoutMark.excluded) throw new Error("excluded");
    const marks = withMark.criteria.find((c) => c.key === "marks")!;
    expect(marks.reason).toBe("notListed");
    expect(marks.points).toBeLessThan(0);
    expect(withMark.score).toBeLessThan(withoutMark.score);
    expect(reasonOf(withoutMark, "marks")).toBe("unknown");
  });

  it("takes nothing when only the found record lists a mark, or between two claims", () => {
    // The family may not know of a new tattoo; two claims may each describe less.
    expect(reasonOf(run({ distinguishingMarks: null }, {}), "marks")).toBe("unknown");
    const a = profileFromClaim(nayeliClaim());
    const b = profileFromClaim(nayeliClaim({ id: "claim-2", distinguishingMarks: null }));
    expect(reasonOf(compareProfiles(a, b), "marks")).toBe("unknown");
    expect(reasonOf(compareProfiles(b, a), "marks")).toBe("unknown");
  });

  it("never scores below 0 when a missing mark is all there is", () => {
    // No name, no age, far apart, four years later: only the time gap's few points and the mark.
    const r = run(
      {
        dateOfBirth: null,
        approxAge: null,
        languages: [],
        heightCm: null,
        circumstances: "",
        hasPhoto: false,
        hair: null,
        eyeColour: null,
        build: null,
      },
      {
        names: null,
        marks: [],
        countryCode: "CR",
        regionCode: null,
        place: "Liberia",
        languages: [],
        heightMinCm: null,
        heightMaxCm: null,
        hasPhoto: false,
        foundAt: new Date("2030-09-20T10:00:00Z"),
      },
    );
    if (r.excluded) throw new Error("excluded");
    expect(r.criteria.reduce((s, c) => s + c.points, 0)).toBeLessThan(0);
    expect(r.score).toBe(0);
  });

  it("works for claim-vs-claim duplicates (no found-before exclusion between two claims)", () => {
    const a = profileFromClaim(nayeliClaim());
    const b = profileFromClaim(
      nayeliClaim({ id: "claim-2", givenNames: "Nayely", lastSeenAt: new Date("2026-03-09T00:00:00Z") }),
    );
    const r = compareProfiles(a, b);
    expect(r.excluded).toBeNull();
    expect(scoreOf(r)).toBeGreaterThan(0.8);
  });
});

// A found record's proposals: only claims that stand out from the others it could be.
describe("standingOut", () => {
  const girl = scoreOf(run({}, {}));
  // The same name, sex, age, height, languages and place, without the tattoo: a namesake.
  const namesake = (familyNames: string) => scoreOf(run({ familyNames, distinguishingMarks: null }, {}));
  const ranked = (...scores: number[]) =>
    scores.map((score, i) => ({ id: `c${i}`, score })).sort((a, b) => b.score - a.score);

  it("proposes the true girl over namesakes who lack her tattoo", () => {
    expect(namesake("Condori Apaza")).toBeGreaterThanOrEqual(REVIEW_THRESHOLD);
    const out = standingOut(ranked(girl, namesake("Condori Apaza"), namesake("Choque Limachi")));
    expect(out.map((x) => x.id)).toEqual(["c0"]);
  });

  it("proposes none of three namesakes nothing tells apart", () => {
    const n = namesake("Condori Apaza");
    expect(standingOut(ranked(n, n, n))).toEqual([]);
  });

  it("proposes both claims of one person (filed twice) when they stand out together", () => {
    const out = standingOut(ranked(girl, girl, namesake("Condori Apaza")));
    expect(out.map((x) => x.id)).toEqual(["c0", "c1"]);
  });

  it("proposes a lone candidate above the threshold, and nothing below it", () => {
    expect(standingOut(ranked(REVIEW_THRESHOLD))).toHaveLength(1);
    expect(standingOut(ranked(REVIEW_THRESHOLD - 0.01))).toEqual([]);
  });

  it("needs the whole margin over the next candidate", () => {
    expect(standingOut(ranked(0.7, 0.7 - STAND_OUT_MARGIN))).toHaveLength(1);
    expect(standingOut(ranked(0.7, 0.7 - STAND_OUT_MARGIN + 0.001, 0.3))).toHaveLength(2);
    expect(standingOut(ranked(0.7, 0.69, 0.68))).toEqual([]);
  });
});
