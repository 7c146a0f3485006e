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
export function nameKeysSql(words: readonly string[]): Prisma.Sql {
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

/**
 * Each name word's dictionary keys (`nameKeysSql` of that word alone) and the participating
 * countries, in one round trip: sent back as constants, the keys let the planner see how common
 * each word is.
 */
async function keysAndCountries(db: MatchDb, words: readonly string[]) {
  const cols = words.map((w, i) => Prisma.sql`${nameKeysSql([w])} AS ${Prisma.raw(`k${i}`)}`);
  const [row] = await db.$queryRaw<Record<string, string[]>[]>(
    Prisma.sql`SELECT ARRAY(SELECT code FROM "Country" ORDER BY code) AS countries, ${Prisma.join(cols)}`,
  );
  return { perWord: words.map((_, i) => row?.[`k${i}`] ?? []), countries: row?.countries ?? [] };
}

const overlaps = (keys: readonly string[]) =>
  Prisma.sql`string_to_array(c."searchName", ' ') && ${keys}::text[]`;

/**
 * How far the duplicate check walks a country's newest open claims per row it needs before it
 * asks the GIN instead: a word on fewer than 1 in 80 claims is rare enough that reading its
 * claims from the table costs less than walking past the others (bench:intake at 1M).
 */
const WALK_ROWS_PER_ROW = 80;

/** Every way to pick two of `items`. */
const pairs = <T>(items: readonly T[]): [T, T][] =>
  items.flatMap((a, i) => items.slice(i + 1).map((b) => [a, b] as [T, T]));

type Row = { id: string; countryCode: string };

/**
 * Other open real claims that may be the same person (possible duplicates, any country): the
 * best CANDIDATE_LIMIT by words shared, then same country, neighbours, the rest, then most recent.
 *
 * Written as one statement over every claim sharing a word, it read and sorted all of them from
 * the table: at 1M cases a common given name is ~40,000 rows in as many pages (p95 ~700 ms,
 * bench:intake). The same best rows are read in steps that stop at the limit (decision 175):
 * first every claim sharing two words or more (few: the GIN intersects the words' lists), then,
 * while the limit is not reached, the most recent claims sharing one word, country tier by
 * country tier, each country walked newest first down a covering index of the open claims
 * (`Case_open_country_lastSeenAt_idx`, no table reads), or from the GIN where that walk finds
 * too few (a rare word). Ties in id order, so each step continues exactly where the order does.
 */
export async function claimCandidatesForClaim(db: MatchDb, p: MatchProfile): Promise<string[]> {
  if (!p.nameWords.length) return [];
  const { perWord: keys, countries } = await keysAndCountries(db, p.nameWords);
  const perWord = keys.filter((k) => k.length);
  const all = [...new Set(perWord.flat())];
  if (!all.length) return [];
  const elapsed = Prisma.sql`(extract(epoch from (${p.refDate}::timestamp - c."lastSeenAt")) / ${YEAR_SECONDS})`;
  // What an open claim must be (the covering index's own condition) and what it must have.
  const open = Prisma.sql`c."practiceSessionId" IS NULL AND c."deletedAt" IS NULL AND c."duplicateOfId" IS NULL`;
  const fits = [
    Prisma.sql`c.id <> ${p.id}::uuid`,
    Prisma.sql`c.status IN ('REPORTED', 'VERIFIED', 'ACTIVE')`,
    sexSql(Prisma.sql`c.sex`, p),
    overlaps(all),
  ];
  // The same age test as the other branches, written as a CASE: the planner prices an OR of an
  // IS NULL and a BETWEEN over an expression at ~1% of rows (it has no statistics for it), which
  // made it read a common word's claims from the table; a CASE it prices at half.
  if (p.age)
    fits.push(Prisma.sql`CASE WHEN ${CLAIM_AGE} IS NULL THEN TRUE
      ELSE ${CLAIM_AGE} + ${elapsed} BETWEEN ${p.age.min - AGE_BOUND} AND ${p.age.max + AGE_BOUND} END`);
  // A merged claim is represented by its primary (decision 091): `open` excludes it.
  const where = (more: Prisma.Sql) => Prisma.join([open, ...fits, more], " AND ");

  /**
   * A country's `n` most recent claims that fit, in two ways with the same answer. First a walk
   * down the covering index, newest first, over at most WALK_ROWS_PER_ROW x n open claims: cheap
   * (no table reads) and enough wherever a word is common. Only when that finds fewer than `n`
   * (a rare word, or a small country) the planner answers the whole question, from the GIN.
   */
  const countryBest = (code: string, n: number, i: number) => {
    const w = Prisma.raw(`walk${i}`);
    const cols = Prisma.sql`c.id, c."countryCode", c."lastSeenAt"`;
    return {
      walk: Prisma.sql`${w} AS (SELECT ${cols} FROM (
          SELECT ${cols}, c."searchName", c.sex, c.status, c."approxAge", c."dateOfBirth" FROM "Case" c
          WHERE c."countryCode" = ${code} AND ${open}
          ORDER BY c."lastSeenAt" DESC, c.id LIMIT ${n * WALK_ROWS_PER_ROW}) c
        WHERE ${Prisma.join(fits, " AND ")} ORDER BY c."lastSeenAt" DESC, c.id LIMIT ${n})`,
      best: Prisma.sql`(SELECT * FROM ${w} WHERE (SELECT count(*) FROM ${w}) = ${n})
        UNION ALL (SELECT ${cols} FROM "Case" c WHERE ${where(Prisma.sql`c."countryCode" = ${code}`)}
          AND (SELECT count(*) FROM ${w}) < ${n} ORDER BY c."lastSeenAt" DESC, c.id LIMIT ${n})`,
    };
  };

  // 1. The claims sharing two words or more, best first (one word each: nothing to rank).
  const out: Row[] = [];
  if (perWord.length > 1) {
    const shared = perWord.map((k) => Prisma.sql`(${overlaps(k)})::int`);
    const twoOrMore = pairs(perWord).map(([a, b]) => Prisma.sql`(${overlaps(a)} AND ${overlaps(b)})`);
    out.push(
      ...(await db.$queryRaw<Row[]>(Prisma.sql`SELECT c.id, c."countryCode" FROM "Case" c
        WHERE ${where(Prisma.sql`(${Prisma.join(twoOrMore, " OR ")})`)}
        ORDER BY (${Prisma.join(shared, " + ")}) DESC, ${nearFirst(Prisma.sql`c."countryCode"`, p)},
          c."lastSeenAt" DESC, c.id LIMIT ${CANDIDATE_LIMIT}`)),
    );
    // Fewer than the limit: these are all of them, and everything after shares one word.
  }
  // 2. Then those sharing one word: same country, neighbours, the rest; most recent first.
  const seen = new Set(out.map((r) => r.id));
  const near = neighboursOf(p.countryCode).filter((c) => countries.includes(c));
  const tiers = [[p.countryCode], near, countries.filter((c) => c !== p.countryCode && !near.includes(c))];
  for (const tier of tiers) {
    const need = CANDIDATE_LIMIT - out.length;
    if (need <= 0 || !tier.length) continue;
    // Each country's best reads past the rows step 1 already has from it.
    const parts = tier.map((code, i) =>
      countryBest(code, need + out.filter((r) => r.countryCode === code).length, i),
    );
    const rows = await db.$queryRaw<Row[]>(
      Prisma.sql`WITH ${Prisma.join(
        parts.map((x) => x.walk),
        ", ",
      )} SELECT id, "countryCode" FROM (${Prisma.join(
        parts.map((x) => x.best),
        " UNION ALL ",
      )}) t ORDER BY "lastSeenAt" DESC, id`,
    );
    out.push(...rows.filter((r) => !seen.has(r.id)).slice(0, need));
  }
  return out.map((r) => r.id);
}
