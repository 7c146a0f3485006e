// The duplicate check's candidates (claimCandidatesForClaim) are read in branches, each cut at
// the limit (decision 175). They must be exactly the best CANDIDATE_LIMIT of the one statement
// they replaced — every claim sharing a word, ordered by words shared, country tier, most recent
// — on data where the limit bites: hundreds of claims share a given name, a few share two words,
// many share a last-seen time, some are in a neighbouring country, closed, deleted or merged.
import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { AGE_SLACK_YEARS } from "@/lib/matching/exclusions";
import { neighboursOf, setNeighbourPairs } from "@/lib/matching/neighbours";
import type { MatchProfile } from "@/lib/matching/profile";
import { withTestDb } from "@/testing/with-test-db";
import { CANDIDATE_LIMIT, claimCandidatesForClaim, nameKeysSql } from "./candidates";

const env = withTestDb();

const GIVEN = ["maria", "juana", "rosa", "nayeli", "mariia", "luz"];
const FAMILY = ["quispe", "mamani", "kispe", "condori", "huanca", "choque", "flores", "mamany", "apaza"];
const COUNTRIES = ["BO", "PE", "CL", "GT", "EC", "BO", "BO"];

beforeAll(async () => {
  setNeighbourPairs([
    ["BO", "PE"],
    ["BO", "CL"],
  ]);
  // 4,000 claims; words, countries, sexes and ages cycle with different periods so every
  // combination occurs, and only 40 distinct last-seen times (ties the order must break alike).
  await env.db.$executeRawUnsafe(`
    INSERT INTO "Case" ("caseNumber", "publicId", "countryCode", "trackingCodeHash", "givenNames", "familyNames",
      "searchName", "sex", "approxAge", "dateOfBirth", "languages", "lastSeenCity", "lastSeenAt", "circumstances",
      "riskIndicators", "reporterName", "reporterRelationship", "reporterLocale", "status", "deletedAt", "updatedAt")
    SELECT 'T-' || i, 'p' || i, (ARRAY['${COUNTRIES.join("','")}'])[1 + i % ${COUNTRIES.length}], 't',
      g, f1 || ' ' || f2, g || ' ' || f1 || ' ' || f2,
      (ARRAY['FEMALE','FEMALE','MALE','UNKNOWN'])[1 + i % 4]::"Sex",
      CASE WHEN i % 5 = 0 THEN NULL ELSE 10 + i % 23 END,
      CASE WHEN i % 5 = 0 AND i % 2 = 0 THEN date '2010-03-01' + (i % 900) END,
      ARRAY['es'], 'La Paz', timestamp '2026-06-01 12:00' + (i % 40) * interval '1 day', 'x', ARRAY[]::text[],
      'r', 'MOTHER', 'es',
      (CASE WHEN i % 17 = 0 THEN 'CLOSED' ELSE 'REPORTED' END)::"CaseStatus",
      CASE WHEN i % 53 = 0 THEN now() END, now()
    FROM generate_series(1, 4000) AS i,
      LATERAL (SELECT (ARRAY['${GIVEN.join("','")}'])[1 + i % ${GIVEN.length}] AS g,
        (ARRAY['${FAMILY.join("','")}'])[1 + (i / 7) % ${FAMILY.length}] AS f1,
        (ARRAY['${FAMILY.join("','")}'])[1 + (i / 11) % ${FAMILY.length}] AS f2) AS w`);
  // A few merged ones (represented by their primary, never candidates themselves).
  await env.db.$executeRawUnsafe(`
    UPDATE "Case" d SET "duplicateOfId" = (SELECT id FROM "Case" WHERE "caseNumber" = 'T-1')
    WHERE d."caseNumber" IN ('T-7', 'T-77', 'T-777')`);
  await env.db.$executeRawUnsafe(`ANALYZE "Case"`);
});

/** The statement the branches replaced, as it was (plus the id as the last tie-breaker). */
async function oneStatement(p: MatchProfile): Promise<string[]> {
  const AGE = Prisma.sql`COALESCE(date_part('year', age(c."lastSeenAt"::date, c."dateOfBirth"))::int, c."approxAge")`;
  const elapsed = Prisma.sql`(extract(epoch from (${p.refDate}::timestamp - c."lastSeenAt")) / 31557600)`;
  const bound = AGE_SLACK_YEARS + 2;
  const where = [
    Prisma.sql`c.id <> ${p.id}::uuid AND c."practiceSessionId" IS NULL AND c."deletedAt" IS NULL`,
    Prisma.sql`c."duplicateOfId" IS NULL AND c.status IN ('REPORTED', 'VERIFIED', 'ACTIVE')`,
    p.sex === "UNKNOWN" ? Prisma.sql`TRUE` : Prisma.sql`c.sex IN (${p.sex}::"Sex", 'UNKNOWN'::"Sex")`,
    Prisma.sql`string_to_array(c."searchName", ' ') && ${nameKeysSql(p.nameWords)}`,
  ];
  if (p.age)
    where.push(
      Prisma.sql`(${AGE} IS NULL OR ${AGE} + ${elapsed} BETWEEN ${p.age.min - bound} AND ${p.age.max + bound})`,
    );
  const shared = p.nameWords.map(
    (w) => Prisma.sql`(string_to_array(c."searchName", ' ') && ${nameKeysSql([w])})::int`,
  );
  const rows = await env.db.$queryRaw<{ id: string }[]>(Prisma.sql`SELECT c.id FROM "Case" c
    WHERE ${Prisma.join(where, " AND ")}
    ORDER BY ${p.nameWords.length > 1 ? Prisma.sql`(${Prisma.join(shared, " + ")}) DESC,` : Prisma.empty}
      (CASE WHEN c."countryCode" = ${p.countryCode} THEN 0
        WHEN c."countryCode" = ANY(${neighboursOf(p.countryCode)}::text[]) THEN 1 ELSE 2 END),
      c."lastSeenAt" DESC, c.id LIMIT ${CANDIDATE_LIMIT}`);
  return rows.map((r) => r.id);
}

function profile(nameWords: string[], o: Partial<MatchProfile> = {}): MatchProfile {
  return {
    kind: "MISSING",
    id: crypto.randomUUID(),
    countryCode: "BO",
    regionCode: null,
    placeWords: [],
    sex: "FEMALE",
    refDate: new Date("2026-06-20T12:00:00Z"),
    age: { min: 15, max: 17 },
    ageFromBirthDate: false,
    height: null,
    nameWords,
    markTokens: [],
    languages: [],
    clothingTokens: [],
    circumstanceWords: [],
    hasPhoto: false,
    description: { hair: null, eyes: null, build: null, skin: null },
    nationality: null,
    ...o,
  };
}

describe("claimCandidatesForClaim (the duplicate check's candidates)", () => {
  it.each([
    ["one common word", ["maria"], {}],
    ["two words", ["maria", "quispe"], {}],
    ["three words, one misspelt", ["juana", "kispe", "condori"], {}],
    ["four words, no age, sex unknown", ["rosa", "mamani", "flores", "apaza"], { age: null, sex: "UNKNOWN" }],
    ["a word repeated", ["luz", "luz", "choque"], {}],
    ["from a country without neighbours", ["nayeli", "huanca"], { countryCode: "GT" }],
    ["a word nobody has beside a common one", ["xochitl", "mamani"], {}],
  ] as const)("are the best of the one statement: %s", async (_label, words, o) => {
    const p = profile([...words], o as Partial<MatchProfile>);
    const expected = await oneStatement(p);
    expect(expected.length).toBeGreaterThan(0);
    expect(await claimCandidatesForClaim(env.db, p)).toEqual(expected);
  });

  it("fills the limit where many claims share a word (the case the branches cut)", async () => {
    const p = profile(["maria", "quispe", "mamani"], { age: null, sex: "UNKNOWN" });
    const got = await claimCandidatesForClaim(env.db, p);
    expect(got).toHaveLength(CANDIDATE_LIMIT);
    expect(got).toEqual(await oneStatement(p));
  });

  it("finds nothing for a name no claim shares", async () => {
    expect(await claimCandidatesForClaim(env.db, profile(["xochitl", "zzyzx"]))).toEqual([]);
  });
});
