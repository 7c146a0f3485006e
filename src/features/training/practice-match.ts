// The pair planted for the "review a proposed match" exercise (decision 170): a practice claim
// and a practice found record that the matching engine would propose together (same first
// name, sex and age, found after the disappearance in the same place). Half the time they are
// the same person (same mark, height in range); otherwise another girl or boy of that name with
// a different mark and a height 15 cm off: the details a reviewer must compare. Pure.
import type { SyntheticCase } from "@/lib/synthetic/case-factory";
import type { Rng } from "@/lib/synthetic/random";

type Location = "LEFT_FOREARM" | "RIGHT_LOWER_LEG" | "NECK";
type Mark = { type: "TATTOO" | "SCAR" | "BIRTHMARK"; bodyLocation: Location; text: Record<string, string> };

const MARKS: readonly Mark[] = [
  {
    type: "TATTOO",
    bodyLocation: "LEFT_FOREARM",
    text: { es: "Tatuaje de una rosa en el antebrazo izquierdo", en: "Rose tattoo on the left forearm" },
  },
  {
    type: "SCAR",
    bodyLocation: "RIGHT_LOWER_LEG",
    text: { es: "Cicatriz larga en la pierna derecha", en: "Long scar on the right leg" },
  },
  {
    type: "BIRTHMARK",
    bodyLocation: "NECK",
    text: { es: "Lunar grande en el cuello", en: "Large birthmark on the neck" },
  },
];

export interface PlantedPair {
  samePerson: boolean;
  claim: SyntheticCase;
  found: {
    namesGiven: string;
    sex: "FEMALE" | "MALE";
    ageMin: number;
    ageMax: number;
    heightMinCm: number;
    heightMaxCm: number;
    languages: string[];
    foundAt: Date;
    foundPlace: string;
    circumstances: string;
    mark: { type: Mark["type"]; bodyLocation: Location; description: string };
  };
}

const YEAR_MS = 365.25 * 24 * 3600e3;

export function plantPair(rng: Rng, base: SyntheticCase, samePerson: boolean, now: Date): PlantedPair {
  const sex = base.sex === "MALE" ? "MALE" : "FEMALE";
  const height = base.heightCm ?? 150;
  const markIndex = Math.floor(rng.next() * MARKS.length);
  const claimMark = MARKS[markIndex]!;
  const foundMark = samePerson ? claimMark : MARKS[(markIndex + 1) % MARKS.length]!;
  const lang = base.locale === "es" ? "es" : "en";
  const claim: SyntheticCase = {
    ...base,
    sex,
    heightCm: height,
    distinguishingMarks: claimMark.text[lang]!,
    riskIndicators: [],
    status: "ACTIVE",
  };
  const age = base.dateOfBirth
    ? Math.floor((base.lastSeenAt.getTime() - new Date(base.dateOfBirth).getTime()) / YEAR_MS)
    : (base.approxAge ?? 15);
  const foundAt = new Date(Math.min(now.getTime() - 3600e3, base.lastSeenAt.getTime() + 14 * 24 * 3600e3));
  const h = samePerson ? height : height + 15;
  return {
    samePerson,
    claim,
    found: {
      namesGiven: base.name.givenNames.split(" ")[0]!,
      sex,
      ageMin: age - 1,
      ageMax: age + 1,
      heightMinCm: h - 3,
      heightMaxCm: h + 3,
      languages: [...base.languages],
      foundAt,
      foundPlace: base.city,
      circumstances:
        lang === "es" ? "Encontrada sola en la terminal de buses." : "Found alone at the bus terminal.",
      mark: {
        type: foundMark.type,
        bodyLocation: foundMark.bodyLocation,
        description: foundMark.text[lang]!,
      },
    },
  };
}
