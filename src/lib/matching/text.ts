// Text helpers shared by the criteria: word splitting without the name particles (marks and
// clothing keep every word) and PostgreSQL pg_trgm's similarity, so the scorer in TypeScript and
// the candidate query in SQL agree on what "similar" means.

/** Lower case, accents dropped, split on anything that is not a letter or digit. */
export function plainWords(input: string | null | undefined): string[] {
  if (!input) return [];
  return input
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** pg_trgm's trigrams of one word: padded with two spaces before and one after. */
function trigrams(word: string): Set<string> {
  const padded = `  ${word} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return out;
}

/** pg_trgm similarity of two single words: shared trigrams over all distinct trigrams. */
export function wordSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const ta = trigrams(a);
  const tb = trigrams(b);
  let common = 0;
  for (const t of ta) if (tb.has(t)) common++;
  return common / (ta.size + tb.size - common);
}

/**
 * Edit distance counting an adjacent swap ("jhon"/"john") as one slip, as name-variants.ts does
 * (optimal string alignment), capped: we only care whether two words are one or two slips apart.
 */
export function editDistance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) >= cap) return cap;
  // Three rows of the dynamic-programming table; `at` reads them with a default for strictness.
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  const at = (row: number[], j: number) => row[j] ?? Infinity;
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(
        at(prev, j) + 1,
        at(cur, j - 1) + 1,
        at(prev, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, at(before, j - 2) + 1);
      cur.push(d);
    }
    before = prev;
    prev = cur;
  }
  return Math.min(at(prev, b.length), cap);
}

/** Fraction of the smaller set found in the larger one (0 when either is empty). */
export function overlapRatio(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const sb = new Set(b);
  const common = new Set(a.filter((x) => sb.has(x))).size;
  return common / Math.min(new Set(a).size, sb.size);
}
