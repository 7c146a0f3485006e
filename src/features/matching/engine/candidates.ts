// The engine's cheap prefilter in SQL (decision 096): from all participating countries, the open
// records of the other kind that no hard exclusion SQL can check rules out (sex, found before
// last seen, age — each a little looser than exclusions.ts, which decides exactly) and that share
// a name word, a nickname, a one-slip variant, a prefix or a trigram-similar word with the new
// record. Records of the other kind that carry no name at all (unidentified remains, a person
// who said nothing) are candidates on the exclusions alone. The scorer then ranks them in code.
import { Prisma } from "@/generated/prisma/client";
import { wordVariants } from "@/lib/names/name-variants";
import { AGE_SLACK_YEARS } from "@/lib/matching/exclusions";
import { neighboursOf } from "@/lib/matching/neighbours";
import { nicknameForms } from "@/lib/matching/nicknames";
import type { MatchProfile } from "@/lib/matching/profile";
import type { MatchDb } from "./load";

/** Candidates per query: the scorer reads at most this many records of each branch. */
export const CANDIDATE_LIMIT = 300;
/** Dictionary words at least this trigram-similar count (the scorer's "similar" starts here). */
export const NAME_SIMILARITY = 0.5;
// The SQL age bound is the exclusion's slack plus the rounding of ranges carried over years.
const AGE_BOUND = AGE_SLACK_YEARS + 2;
const YEAR_SECONDS = 31_557_600;

/** Words to look up exactly in the dictionary: the words, their nickname forms, one-slip variants, prefixes. */
export function exactKeys(words: readonly string[]): string[] {
  const out = new Set<string>();
  for (const w of words) {
    out.add(w);
    for (const f of nicknameForms(w)) out.add(f);
    if (w.length >= 4) for (const v of wordVariants(w)) out.add(v);
    for (let n = 4; n < w.length; n++) out.add(w.slice(0, n));
  }
  return [...out];
}

/** The dictionary words a record with these name words may share with a candidate. */
function nameKeysSql(words: readonly string[]): Prisma.Sql {
  // Each branch on its own so each can use the dictionary's trigram index (an OR of them cannot).
  const fuzzy = words.flatMap((w) => [
    Prisma.sql`SELECT nw."word" FROM "CaseNameWord" nw
      WHERE nw."word" % ${w} AND similarity(nw."word", ${w}) >= ${NAME_SIMILARITY}`,
    ...(w.length >= 4
      ? [Prisma.sql`SELECT nw."word" FROM "CaseNameWord" nw WHERE nw."word" LIKE ${w + "%"}`]
      : []),
  ]);
  // The exact keys (several hundred one-slip variants per word) are joined to the dictionary
  // from an unnest: written as `word = ANY(keys)` the planner chose the trigram GIN index for
  // the equality, about 200 ms per record at 50,000 claims against 0.2 ms this way (bench:match).
  return Prisma.sql`ARRAY(
    SELECT nw."word" FROM unnest(${exactKeys(words)}::text[]) AS k(w) JOIN "CaseNameWord" nw ON nw."word" = k.w
    ${fuzzy.length ? Prisma.sql`UNION ${Prisma.join(fuzzy, " UNION ")}` : Prisma.empty})`;
}

/** Nearby countries first when more records pass than the limit: same, then neighbouring. */
function nearFirst(col: Prisma.Sql, p: MatchProfile): Prisma.Sql {
  return Prisma.sql`(CASE WHEN ${col} = ${p.countryCode} THEN 0
    WHEN ${col} = ANY(${neighboursOf(p.countryCode)}::text[]) THEN 1 ELSE 2 END)`;
}

/**
 * How many of the record's name words a candidate shares, best first: with "maria huarachi" the
 * limit used to fill with the hundreds of claims sharing "maria" before the few that also carry
 * "huarachi" (bench:match, decision 162). A one-word record ranks everyone the same (no term).
 */
function wordsSharedFirst(words: readonly string[], col: Prisma.Sql): Prisma.Sql {
  if (words.length < 2) return Prisma.empty;
  const shared = words.map((w) => Prisma.sql`(string_to_array(${col}, ' ') && ${nameKeysSql([w])})::int`);
  return Prisma.sql`(${Prisma.join(shared, " + ")}) DESC,`;
}

const CLAIM_AGE = Prisma.sql`COALESCE(date_part('year', age(c."lastSeenAt"::date, c."dateOfBirth"))::int, c."approxAge")`;

function sexSql(col: Prisma.Sql, p: MatchProfile): Prisma.Sql {
  return p.sex === "UNKNOWN" ? Prisma.sql`TRUE` : Prisma.sql`${col} IN (${p.sex}::"Sex", 'UNKNOWN'::"Sex")`;
}

async function ids(db: MatchDb, sql: Prisma.Sql): Promise<string[]> {
  return (await db.$queryRaw<{ id: string }[]>(sql)).map((r) => r.id);
}

/** Open real claims a found person may be (missing before found, age possible, a name in common). */
export async function claimCandidatesForFound(db: MatchDb, f: MatchProfile): Promise<string[]> {
  const at = f.refDate;
  const elapsed = Prisma.sql`(extract(epoch from (${at}::timestamp - c."lastSeenAt")) / ${YEAR_SECONDS})`;
  const where = [
    Prisma.sql`c."practiceSessionId" IS NULL AND c."deletedAt" IS NULL`,
    // A merged claim is represented by its primary (decision 091).
    Prisma.sql`c."duplicateOfId" IS NULL`,
    Prisma.sql`c.status IN ('REPORTED', 'VERIFIED', 'ACTIVE')`,
    sexSql(Prisma.sql`c.sex`, f),
    Prisma.sql`c."lastSeenAt" <= ${at}::timestamp + interval '36 hours'`,
  ];
  if (f.age)
    where.push(Prisma.sql`(${CLAIM_AGE} IS NULL
      OR ${CLAIM_AGE} + ${elapsed} BETWEEN ${f.age.min - AGE_BOUND} AND ${f.age.max + AGE_BOUND})`);
  const named = f.nameWords.length
    ? Prisma.sql`string_to_array(c."searchName", ' ') && ${nameKeysSql(f.nameWords)}`
    : Prisma.sql`TRUE`;
  // Within the same words and place, the claims whose age carried to the found date is nearest
  // the estimate first (whole years outside the range; no age counts as a few years off): when
  // more claims share a one-word name than the limit, the ones the scorer would rank low go.
  const ageGap = f.age
    ? Prisma.sql`COALESCE(GREATEST(0, ${f.age.min} - (${CLAIM_AGE} + ${elapsed}),
        (${CLAIM_AGE} + ${elapsed}) - ${f.age.max})::int, ${AGE_SLACK_YEARS}),`
    : Prisma.empty;
  return ids(
    db,
    Prisma.sql`SELECT c.id FROM "Case" c WHERE ${Prisma.join([...where, named], " AND ")}
      ORDER BY ${wordsSharedFirst(f.nameWords, Prisma.sql`c."searchName"`)}
        ${nearFirst(Prisma.sql`c."countryCode"`, f)}, ${ageGap} c."lastSeenAt" DESC LIMIT ${CANDIDATE_LIMIT}`,
  );
}

/** Open found records a claim may be: found after last seen, age possible, a name in common or none given. */
export async function foundCandidatesForClaim(db: MatchDb, c: MatchProfile): Promise<string[]> {
  const elapsed = Prisma.sql`(extract(epoch from (f."foundAt" - ${c.refDate}::timestamp)) / ${YEAR_SECONDS})`;
  const where = [
    // Practice records (training sandboxes) never meet a real claim.
    Prisma.sql`f."practiceSessionId" IS NULL`,
    Prisma.sql`f.status IN ('OPEN', 'UNDER_REVIEW')`,
    Prisma.sql`f."identifiedCaseId" IS NULL`,
    sexSql(Prisma.sql`f.sex`, c),
    Prisma.sql`f."foundAt" >= ${c.refDate}::timestamp - interval '36 hours'`,
  ];
  if (c.age)
    where.push(Prisma.sql`${c.age.min} + ${elapsed} <= f."ageMax" + ${AGE_BOUND}
      AND ${c.age.max} + ${elapsed} >= f."ageMin" - ${AGE_BOUND}`);
  const order = Prisma.sql`ORDER BY ${nearFirst(Prisma.sql`f."countryCode"`, c)}, f."foundAt" DESC LIMIT ${CANDIDATE_LIMIT}`;
  const base = Prisma.join(where, " AND ");
  const [named, nameless] = await Promise.all([
    c.nameWords.length
      ? ids(
          db,
          Prisma.sql`SELECT f.id FROM "FoundPerson" f WHERE ${base}
          AND string_to_array(f."searchName", ' ') && ${nameKeysSql(c.nameWords)}
          ORDER BY ${wordsSharedFirst(c.nameWords, Prisma.sql`f."searchName"`)}
            ${nearFirst(Prisma.sql`f."countryCode"`, c)}, f."foundAt" DESC LIMIT ${CANDIDATE_LIMIT}`,
        )
      : Promise.resolve([]),
    ids(db, Prisma.sql`SELECT f.id FROM "FoundPerson" f WHERE ${base} AND f."searchName" = '' ${order}`),
  ]);
  return [...new Set([...named, ...nameless])];
}

/** Other open real claims that may be the same person (possible duplicates, any country). */
export async function claimCandidatesForClaim(db: MatchDb, p: MatchProfile): Promise<string[]> {
  if (!p.nameWords.length) return [];
  const elapsed = Prisma.sql`(extract(epoch from (${p.refDate}::timestamp - c."lastSeenAt")) / ${YEAR_SECONDS})`;
  const where = [
    Prisma.sql`c.id <> ${p.id}::uuid`,
    Prisma.sql`c."practiceSessionId" IS NULL AND c."deletedAt" IS NULL`,
    // A merged claim is represented by its primary (decision 091).
    Prisma.sql`c."duplicateOfId" IS NULL`,
    Prisma.sql`c.status IN ('REPORTED', 'VERIFIED', 'ACTIVE')`,
    sexSql(Prisma.sql`c.sex`, p),
    Prisma.sql`string_to_array(c."searchName", ' ') && ${nameKeysSql(p.nameWords)}`,
  ];
  if (p.age)
    where.push(Prisma.sql`(${CLAIM_AGE} IS NULL OR ${CLAIM_AGE} + ${elapsed}
      BETWEEN ${p.age.min - AGE_BOUND} AND ${p.age.max + AGE_BOUND})`);
  return ids(
    db,
    Prisma.sql`SELECT c.id FROM "Case" c WHERE ${Prisma.join(where, " AND ")}
      ORDER BY ${wordsSharedFirst(p.nameWords, Prisma.sql`c."searchName"`)}
        ${nearFirst(Prisma.sql`c."countryCode"`, p)}, c."lastSeenAt" DESC LIMIT ${CANDIDATE_LIMIT}`,
  );
}
