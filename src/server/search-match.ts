// How what the officer typed becomes a SQL condition and a relevance score (docs/decisions/031).
// Names match word by word: every typed word must match a word of the person's names (given
// names, surnames or aliases, in any order), where "match" means one of the dictionary words it
// resembles (trigram similarity, or one slip away: see name-variants.ts). The GIN index over the
// words of Case.searchName intersects those sets cheaply. If no case has all the typed words,
// the lookup broadens to all words but one, so a badly garbled word does not hide the person.
import { Prisma } from "@/generated/prisma/client";
import { COUNTRIES } from "@/lib/reference/countries";
import { CASE_NUMBER_PATTERN } from "@/lib/case-number";
import { wideWordVariants, wordVariants } from "@/lib/names/name-variants";
import { documentKey, normalizeName, phoneDigits } from "@/lib/names/normalize";

/** One line for benchmark reports, so figures say which matching they measured. */
export const MATCH_STRATEGY =
  "word by word: dictionary expansion (one slip away; trigram >= 0.3 for unknown words, a shortening for unknown 2-letter words) + GIN over the name's words; all words, else all but one, ranking first those with every word two slips away (one a sound-alike)";

/**
 * Dictionary words at least this trigram-similar to an unknown typed word count as the same word.
 * It is pg_trgm's default `similarity_threshold`, so `%` can use the GIN index without a SET (one
 * round trip per lookup, no transaction); the explicit similarity() check keeps the meaning even
 * if a server were configured with a lower threshold.
 */
export const WORD_SIMILARITY_THRESHOLD = 0.3;

export type QueryKind =
  | { kind: "none" }
  | { kind: "name"; name: string; words: string[] }
  | { kind: "exact"; caseNumber: string; docKey: string; phones: string[] };

export type MatchMode = "all" | "allButOne";

/** Decides how to read what the officer typed. Names never contain digits. */
export function classifyQuery(q: string): QueryKind {
  const trimmed = q.trim();
  if (!trimmed) return { kind: "none" };
  const upper = trimmed.toUpperCase().replace(/\s+/g, "");
  if (CASE_NUMBER_PATTERN.test(upper)) return { kind: "exact", caseNumber: upper, docKey: "", phones: [] };
  const digits = trimmed.replace(/\D/g, "");
  if (digits.length >= 4) {
    const local = phoneDigits(trimmed);
    // A local number typed without the country code matches under any network dial code.
    const phones = local
      ? [local, ...COUNTRIES.map((c) => c.dialCode.slice(1) + local.replace(/^0+/, ""))]
      : [];
    return { kind: "exact", caseNumber: upper, docKey: documentKey(trimmed), phones: [...new Set(phones)] };
  }
  const name = normalizeName(trimmed);
  // Initials ("j perez") cannot be matched as words; they still count in the score.
  const words = [...new Set(name.split(" ").filter((w) => w.length >= 2))].slice(0, 6);
  return name ? { kind: "name", name, words } : { kind: "none" };
}

/**
 * Cases whose name has a word resembling `word`: one slip away, or — only when the typed word is
 * no known name word at all — trigram-similar. The spelling variants travel as one array
 * parameter (hundreds of them per word: one parameter each cost CPU in Node and PostgreSQL). A correctly typed common word ("maria")
 * would otherwise pull in every Mario, Mariana and Marina and make the lookup slow for nothing.
 * An unknown word of two letters has no variants and no useful trigrams (they only match
 * three-letter words that begin with it): it is read as a shortening, the dictionary words that
 * begin with its first letter and have its second later ("ca" for Chan, Castro or Calderón).
 */
function wordCondition(word: string): Prisma.Sql {
  const unknownMatch =
    word.length === 2
      ? Prisma.sql`nw."word" LIKE ${`${word[0]}%${word[1]}%`}`
      : Prisma.sql`(nw."word" % ${word} AND similarity(nw."word", ${word}) >= ${WORD_SIMILARITY_THRESHOLD})`;
  return Prisma.sql`string_to_array(c."searchName", ' ') && ARRAY(
    SELECT nw."word" FROM "CaseNameWord" nw
    WHERE nw."word" = ANY(${[word, ...wordVariants(word)]}::text[])
      OR (${unknownMatch} AND NOT EXISTS (SELECT 1 FROM "CaseNameWord" k WHERE k."word" = ${word})))`;
}

/**
 * Whether a case has every typed word when two slips, one of them a sound-alike, still count
 * ("Bicla" for Vilca: spelled by ear and mistyped). Only a rank among broadened results: as a
 * match it would pull in thousands of dictionary words for a common name. The spellings are
 * joined from an unnest rather than compared with `= ANY`: the planner estimates `= ANY` of
 * a constant array element by element, which for thousands of spellings cost more planning
 * (25-35 ms at 1M cases) than running the statement.
 */
function wideAllWords(words: readonly string[]): Prisma.Sql {
  const wide = words.map(
    (w) => Prisma.sql`string_to_array(c."searchName", ' ') && ARRAY(
      SELECT nw."word" FROM unnest(${[w, ...wideWordVariants(w)]}::text[]) AS v("word")
      JOIN "CaseNameWord" nw ON nw."word" = v."word")`,
  );
  return Prisma.sql`(${Prisma.join(wide, " AND ")})`;
}

function nameCondition(kind: Extract<QueryKind, { kind: "name" }>, mode: MatchMode): Prisma.Sql {
  const conds = kind.words.map(wordCondition);
  // Initials only ("j p"): whole-name trigram similarity.
  if (!conds.length) return Prisma.sql`c."searchName" % ${kind.name}`;
  if (mode === "all" || conds.length < 2) return Prisma.sql`(${Prisma.join(conds, " AND ")})`;
  const allButOne = conds.map(
    (_, skip) =>
      Prisma.sql`(${Prisma.join(
        conds.filter((_, i) => i !== skip),
        " AND ",
      )})`,
  );
  return Prisma.sql`(${Prisma.join(allButOne, " OR ")})`;
}

/**
 * The match of a query. `detailed` (the case lookup's consent rule, consent-sql.ts) says on which
 * rows the document and the reporter's phone may be compared: a claim whose card is all the
 * viewer may see must not be found by a number the viewer may not read.
 */
export function matchSql(
  kind: QueryKind,
  mode: MatchMode,
  detailed?: Prisma.Sql,
): { where: Prisma.Sql; score: Prisma.Sql } {
  if (kind.kind === "name") {
    // The whole typed name against the whole record: best stretch first, then overall likeness.
    const likeness = Prisma.sql`word_similarity(${kind.name}, c."searchName") + similarity(c."searchName", ${kind.name})`;
    // Broadened, a case that has every word after all (two slips away, see wideAllWords) ranks
    // above those that miss one: the likeness alone is below 2, the bonus 2.
    const score =
      mode === "allButOne" && kind.words.length >= 2
        ? Prisma.sql`${likeness} + CASE WHEN ${wideAllWords(kind.words)} THEN 2 ELSE 0 END`
        : likeness;
    return { where: nameCondition(kind, mode), score };
  }
  if (kind.kind === "exact") {
    const ors = [Prisma.sql`c."caseNumber" = ${kind.caseNumber}`];
    const hidden: Prisma.Sql[] = [];
    if (kind.docKey) hidden.push(Prisma.sql`case_doc_key(c."identityDocument") = ${kind.docKey}`);
    if (kind.phones.length) hidden.push(Prisma.sql`c."reporterPhoneDigits" IN (${Prisma.join(kind.phones)})`);
    if (hidden.length) {
      const any = Prisma.sql`(${Prisma.join(hidden, " OR ")})`;
      ors.push(detailed ? Prisma.sql`(${detailed} AND ${any})` : any);
    }
    return { where: Prisma.sql`(${Prisma.join(ors, " OR ")})`, score: Prisma.sql`1.0::real` };
  }
  return { where: Prisma.sql`TRUE`, score: Prisma.sql`0.0::real` };
}
