// Demo found-person records and the claims some of them truly match (synthetic people only).
// The pairs cross borders, as in real life: a Peruvian boy stopped in Guatemala, an Ecuadorian
// woman in a Lima morgue, a Guatemalan girl in Belize. The claim of the e2e story, "Nayeli Quispe
// Mamani" from El Alto (rose tattoo, left forearm), is seeded here in Bolivia; her found record
// is what the migration officer files in the e2e test, so it is not seeded.
import type { PrismaClient } from "../../src/generated/prisma/client";
import type {
  BodyLocation,
  FoundCondition,
  HoldingInstitution,
  MarkType,
  Sex,
} from "../../src/generated/prisma/enums";
import { normalizeName } from "../../src/lib/names/normalize";
import { allocateFoundNumber } from "../../src/features/found/found-number";
import { generateSyntheticCase } from "../../src/lib/synthetic/case-factory";
import { createCase } from "../../src/lib/synthetic/factories";
import type { Rng } from "../../src/lib/synthetic/random";
import type { CountryCode } from "../../src/lib/reference/countries";

const DAY = 86_400_000;

interface ClaimSeed {
  country: CountryCode;
  regionCode: string;
  city: string;
  givenNames: string;
  familyNames: string;
  sex: "FEMALE" | "MALE";
  dateOfBirth: string;
  heightCm: number;
  marks: string;
  languages: ("es" | "qu" | "ay" | "en" | "qeqchi")[];
  clothing: string;
  circumstances: string;
  daysAgo: number;
}

interface FoundSeed {
  recorder: string;
  regionCode: string;
  condition: FoundCondition;
  daysAgo: number;
  place: string;
  circumstances: string;
  institutionType: HoldingInstitution;
  institutionName: string | null;
  namesGiven: string | null;
  sex: Sex;
  age: [number, number];
  height: [number, number] | null;
  languages: string[];
  clothing: string | null;
  marks: [MarkType, BodyLocation, string][];
}

export const NAYELI_CLAIM: ClaimSeed = {
  country: "BO",
  regionCode: "BO-L",
  city: "El Alto",
  givenNames: "Nayeli",
  familyNames: "Quispe Mamani",
  sex: "FEMALE",
  dateOfBirth: "2011-05-14",
  heightCm: 154,
  marks: "Tatuaje de una rosa en el antebrazo izquierdo",
  languages: ["es", "ay"],
  clothing: "Chompa rosada, pantalón jean, zapatillas blancas",
  circumstances:
    "Salió a una entrevista por una oferta de trabajo en Guatemala que vio en redes sociales y no volvió.",
  daysAgo: 75,
};

const PAIRS: [ClaimSeed, FoundSeed][] = [
  [
    {
      country: "PE",
      regionCode: "PE-PUN",
      city: "Juliaca",
      givenNames: "Francisco",
      familyNames: "Huamán Condori",
      sex: "MALE",
      dateOfBirth: "2013-02-02",
      heightCm: 146,
      marks: "Cicatriz en la ceja derecha",
      languages: ["es", "qu"],
      clothing: "Casaca azul, gorra roja",
      circumstances: "Viajó con un señor que prometió trabajo en una finca.",
      daysAgo: 120,
    },
    {
      recorder: "migration.gt@demo.test",
      regionCode: "GT-12",
      condition: "ALIVE",
      daysAgo: 20,
      place: "Puesto fronterizo de Tecún Umán",
      circumstances: "Viajaba sin documentos con un adulto que huyó al control.",
      institutionType: "SHELTER",
      institutionName: "Casa del Migrante (demo)",
      namesGiven: "Pancho",
      sex: "MALE",
      age: [11, 14],
      height: [140, 150],
      languages: ["es", "qu"],
      clothing: "Casaca azul",
      marks: [["SCAR", "FACE", "cicatriz sobre la ceja derecha"]],
    },
  ],
  [
    {
      country: "EC",
      regionCode: "EC-G",
      city: "Guayaquil",
      givenNames: "Guadalupe",
      familyNames: "Andrade Mora",
      sex: "FEMALE",
      dateOfBirth: "1996-09-30",
      heightCm: 160,
      marks: "Cicatriz de cesárea; tatuaje de mariposa en el tobillo",
      languages: ["es"],
      clothing: "Vestido verde",
      circumstances: "Dijo que viajaba a Lima por trabajo.",
      daysAgo: 300,
    },
    {
      recorder: "forensic.pe@demo.test",
      regionCode: "PE-LMA",
      condition: "DECEASED",
      daysAgo: 150,
      place: "Chorrillos, Lima",
      circumstances: "Hallada sin documentos; sin signos de identificación a la vista.",
      institutionType: "MORGUE",
      institutionName: "Morgue Central de Lima (demo)",
      namesGiven: null,
      sex: "FEMALE",
      age: [25, 35],
      height: [155, 163],
      languages: [],
      clothing: "Vestido verde",
      marks: [
        ["SCAR", "ABDOMEN", "scar, lower abdomen"],
        ["TATTOO", "LEFT_FOOT", "butterfly"],
      ],
    },
  ],
  [
    {
      country: "GT",
      regionCode: "GT-16",
      city: "Cobán",
      givenNames: "Guadalupe",
      familyNames: "Xol Caal",
      sex: "FEMALE",
      dateOfBirth: "2010-12-01",
      heightCm: 150,
      marks: "Lunar grande en el cuello",
      languages: ["es", "qeqchi"],
      clothing: "Corte típico azul",
      circumstances: "Salió con una amiga hacia Belice y no regresó.",
      daysAgo: 60,
    },
    {
      recorder: "police.bz@demo.test",
      regionCode: "BZ-BZ",
      condition: "ALIVE",
      daysAgo: 25,
      place: "Bar on North Front Street, Belize City",
      circumstances: "Found during a raid; says she was brought from Guatemala.",
      institutionType: "SHELTER",
      institutionName: "Women's shelter (demo)",
      namesGiven: "Lupe",
      sex: "FEMALE",
      age: [14, 17],
      height: [147, 153],
      languages: ["es", "qeqchi"],
      clothing: null,
      marks: [["BIRTHMARK", "NECK", "large mole"]],
    },
  ],
];

/** Found records that match no seeded claim: most of the list, as in real life. */
const UNMATCHED: FoundSeed[] = [
  {
    recorder: "migration.gt@demo.test",
    regionCode: "GT-01",
    condition: "ALIVE",
    daysAgo: 5,
    place: "Aeropuerto La Aurora",
    circumstances: "Adulta sin documentos; no recuerda de dónde viene.",
    institutionType: "HOSPITAL",
    institutionName: "Hospital San Juan de Dios (demo)",
    namesGiven: "Rosa",
    sex: "FEMALE",
    age: [40, 55],
    height: null,
    languages: ["es"],
    clothing: "Suéter gris",
    marks: [],
  },
  {
    recorder: "ngo.bo@demo.test",
    regionCode: "BO-S",
    condition: "ALIVE",
    daysAgo: 12,
    place: "Terminal Bimodal, Santa Cruz",
    circumstances: "Niño solo en la terminal; no dice su nombre.",
    institutionType: "SHELTER",
    institutionName: "Hogar de acogida (demo)",
    namesGiven: null,
    sex: "MALE",
    age: [8, 10],
    height: [120, 130],
    languages: ["es"],
    clothing: "Polera amarilla",
    marks: [["SCAR", "LEFT_HAND", "quemadura antigua"]],
  },
  {
    recorder: "forensic.pe@demo.test",
    regionCode: "PE-CUS",
    condition: "DECEASED",
    daysAgo: 40,
    place: "Río Vilcanota, Cusco",
    circumstances: "Restos hallados en la ribera.",
    institutionType: "MORGUE",
    institutionName: "Morgue de Cusco (demo)",
    namesGiven: null,
    sex: "MALE",
    age: [30, 50],
    height: [165, 175],
    languages: [],
    clothing: null,
    marks: [["AMPUTATION", "RIGHT_HAND", "falta el dedo meñique"]],
  },
];

function claimOf(rng: Rng, s: ClaimSeed, now: Date) {
  const base = generateSyntheticCase(rng, { country: s.country, now });
  const name = { givenNames: s.givenNames, familyNames: s.familyNames, otherNames: null };
  return {
    ...base,
    ...name,
    name,
    sex: s.sex,
    dateOfBirth: s.dateOfBirth,
    approxAge: null,
    nationality: s.country,
    heightCm: s.heightCm,
    distinguishingMarks: s.marks,
    languages: s.languages,
    clothing: s.clothing,
    circumstances: s.circumstances,
    regionCode: s.regionCode,
    city: s.city,
    status: "ACTIVE" as const,
    lastSeenAt: new Date(now.getTime() - s.daysAgo * DAY),
    riskIndicators: ["JOB_OFFER_ABROAD" as const],
  };
}

async function insertFound(
  db: PrismaClient,
  f: FoundSeed,
  ids: { users: Record<string, string>; regions: Map<string, string> },
  now: Date,
) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: ids.users[f.recorder]! },
    select: { id: true, countryCode: true },
  });
  const country = await db.country.findUniqueOrThrow({
    where: { code: user.countryCode },
    select: { casePrefix: true },
  });
  await db.$transaction(async (tx) => {
    const foundNumber = await allocateFoundNumber(tx, country.casePrefix, now.getUTCFullYear());
    const row = await tx.foundPerson.create({
      data: {
        foundNumber,
        countryCode: user.countryCode,
        regionId: ids.regions.get(f.regionCode) ?? null,
        condition: f.condition,
        foundAt: new Date(now.getTime() - f.daysAgo * DAY),
        foundPlace: f.place,
        circumstances: f.circumstances,
        institutionType: f.institutionType,
        institutionName: f.institutionName,
        namesGiven: f.namesGiven,
        searchName: normalizeName(f.namesGiven ?? ""),
        sex: f.sex,
        ageMin: f.age[0],
        ageMax: f.age[1],
        heightMinCm: f.height?.[0] ?? null,
        heightMaxCm: f.height?.[1] ?? null,
        languages: f.languages,
        clothing: f.clothing,
        recordedById: user.id,
        marks: {
          create: f.marks.map(([type, bodyLocation, description], position) => ({
            type,
            bodyLocation,
            description,
            position,
          })),
        },
      },
      select: { id: true },
    });
    await tx.foundPersonEvent.create({
      data: { foundPersonId: row.id, actorKind: "STAFF", actorUserId: user.id, type: "CREATED" },
    });
  });
}

/** Seeds the Nayeli claim, three true cross-border pairs and three unmatched found records. */
export async function seedDemoFound(db: PrismaClient, rng: Rng, users: Record<string, string>, now: Date) {
  const regions = new Map(
    (await db.region.findMany({ select: { id: true, code: true } })).map((r) => [r.code, r.id]),
  );
  for (const claim of [NAYELI_CLAIM, ...PAIRS.map(([c]) => c)]) {
    await createCase(db, claimOf(rng, claim, now), { regionId: regions.get(claim.regionCode) ?? null });
  }
  for (const f of [...PAIRS.map(([, f]) => f), ...UNMATCHED])
    await insertFound(db, f, { users, regions }, now);
  return PAIRS.length + UNMATCHED.length;
}
