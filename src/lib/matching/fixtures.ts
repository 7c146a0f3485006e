// Example records for the matching tests and the demo: one Bolivian claim and the found-person
// record a Guatemalan migration officer would write for the same girl.
import type { ClaimForMatching, FoundForMatching } from "./build-profile";

export function nayeliClaim(over: Partial<ClaimForMatching> = {}): ClaimForMatching {
  return {
    id: "claim-1",
    countryCode: "BO",
    regionCode: "BO-L",
    lastSeenCity: "El Alto",
    lastSeenAt: new Date("2026-03-10T18:00:00Z"),
    givenNames: "Nayeli",
    familyNames: "Quispe Mamani",
    otherNames: null,
    sex: "FEMALE",
    dateOfBirth: new Date("2011-05-02"),
    approxAge: null,
    heightCm: 152,
    distinguishingMarks: "Tatuaje de una rosa en el antebrazo izquierdo",
    languages: ["es", "ay"],
    clothing: "Chompa roja, pollera azul",
    build: "delgada",
    hair: "negro, lacio, largo",
    eyeColour: "café oscuro",
    nationality: "BO",
    circumstances: "Salió de casa con una mujer que le ofreció trabajo en Guatemala.",
    hasPhoto: true,
    ...over,
  };
}

export function nayeFound(over: Partial<FoundForMatching> = {}): FoundForMatching {
  return {
    id: "found-1",
    countryCode: "GT",
    regionCode: "GT-QZ",
    place: "Tecún Umán",
    foundAt: new Date("2026-09-20T10:00:00Z"),
    names: "Naye",
    sex: "FEMALE",
    ageMin: 14,
    ageMax: 16,
    heightMinCm: 150,
    heightMaxCm: 158,
    marks: [{ kind: "TATTOO", location: "LEFT_FOREARM", description: "rose" }],
    languages: ["es", "ay"],
    clothing: null,
    build: "slim",
    hair: "black, long, straight",
    eyeColour: "dark brown",
    skin: null,
    nationality: null,
    circumstances: "Rescued from a bar during an inspection.",
    hasPhoto: true,
    ...over,
  };
}
