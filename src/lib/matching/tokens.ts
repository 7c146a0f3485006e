// Concept tokens of marks and clothing, from free text or from structured marks. A mark yields
// its kind ("kind:tattoo"), what it shows ("obj:rose"), where ("part:forearm", with a side
// "part:forearm:left" when one is named) and the pair kind@part ("tattoo@forearm"), which is rare
// enough to find candidates by in SQL.
import { plainWords } from "./text";
import { CLOTHING_VOCABULARY, MARK_VOCABULARY } from "./vocabulary";

/** Concepts of one clause, reading two-word forms ("avant bras") before single words. */
function concepts(words: string[], vocabulary: Map<string, string>): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = words[i + 1];
    const pair = next === undefined ? undefined : vocabulary.get(word + next);
    if (pair) {
      out.push(pair);
      i++;
      continue;
    }
    const single = vocabulary.get(word);
    if (single) out.push(single);
  }
  return out;
}

function clauseTokens(clause: string): string[] {
  const found = concepts(plainWords(clause), MARK_VOCABULARY);
  const kinds = found.filter((t) => t.startsWith("kind:")).map((t) => t.slice(5));
  const parts = found.filter((t) => t.startsWith("part:"));
  const sides = found.filter((t) => t.startsWith("side:")).map((t) => t.slice(5));
  const out = new Set(found.filter((t) => !t.startsWith("side:")));
  for (const part of parts) {
    for (const side of sides) out.add(`${part}:${side}`);
    for (const kind of kinds) out.add(`${kind}@${part.slice(5)}`);
  }
  return [...out];
}

/** Tokens of a free-text description of marks; clauses split on punctuation and line breaks. */
export function markTokensFromText(text: string | null | undefined): string[] {
  if (!text) return [];
  const out = new Set<string>();
  for (const clause of text.split(/[.;,\n]+/)) for (const t of clauseTokens(clause)) out.add(t);
  return [...out].sort();
}

export interface StructuredMark {
  /** e.g. TATTOO, SCAR, BIRTHMARK, PIERCING, AMPUTATION (any case). */
  kind: string;
  /** A body location code such as LEFT_FOREARM, or null. */
  location: string | null;
  description?: string | null;
}

/** Tokens of structured marks: each mark is one clause "kind location description". */
export function markTokensFromMarks(marks: readonly StructuredMark[]): string[] {
  const out = new Set<string>();
  for (const m of marks) {
    const clause = [m.kind, (m.location ?? "").replace(/_/g, " "), m.description ?? ""].join(" ");
    for (const t of clauseTokens(clause.replace(/[.;,\n]+/g, " "))) out.add(t);
  }
  return [...out].sort();
}

export function clothingTokens(text: string | null | undefined): string[] {
  return [...new Set(concepts(plainWords(text), CLOTHING_VOCABULARY))].sort();
}
