// Name words: the found person often gives one word — a given name, a nickname, one surname —
// so each word of the shorter side looks for its best partner on the other side. Order does not
// matter (reversed surnames), missing words are not held against the pair, and a second
// matching word is worth more than a perfect first one.
import { isNickname } from "./nicknames";
import { editDistance, wordSimilarity } from "./text";

export type NameHow = "exact" | "nickname" | "typo" | "partial" | "similar";
export interface NamePair {
  a: string;
  b: string;
  how: NameHow;
  strength: number;
}

function pairStrength(a: string, b: string): { how: NameHow; strength: number } | null {
  if (a === b) return { how: "exact", strength: 1 };
  if (isNickname(a, b)) return { how: "nickname", strength: 0.9 };
  const shorter = Math.min(a.length, b.length);
  if (shorter >= 4 && editDistance(a, b, 2) === 1) return { how: "typo", strength: 0.8 };
  if (shorter >= 4 && (a.startsWith(b) || b.startsWith(a))) return { how: "partial", strength: 0.7 };
  if (shorter >= 7 && editDistance(a, b, 3) === 2) return { how: "typo", strength: 0.6 };
  const sim = wordSimilarity(a, b);
  return sim >= 0.5 ? { how: "similar", strength: sim * 0.7 } : null;
}

/** Best partner of each word of the shorter side; unmatched words are left out. */
export function namePairs(wordsA: readonly string[], wordsB: readonly string[]): NamePair[] {
  const [few, many] = wordsA.length <= wordsB.length ? [wordsA, wordsB] : [wordsB, wordsA];
  const pairs: NamePair[] = [];
  const used = new Set<string>();
  for (const w of new Set(few)) {
    let best: NamePair | null = null;
    for (const o of many) {
      if (used.has(o)) continue;
      const s = pairStrength(w, o);
      if (s && (!best || s.strength > best.strength)) best = { a: w, b: o, ...s };
    }
    if (best) {
      pairs.push(best);
      used.add(best.b);
    }
  }
  return pairs;
}

/** 0..1: mean strength over the shorter side's words, scaled up as more words agree. */
export function nameFraction(wordsA: readonly string[], wordsB: readonly string[]): number {
  const pairs = namePairs(wordsA, wordsB);
  if (pairs.length === 0) return 0;
  const few = Math.min(new Set(wordsA).size, new Set(wordsB).size);
  const mean = pairs.reduce((s, p) => s + p.strength, 0) / few;
  return mean * Math.min(1, 0.6 + 0.2 * pairs.length);
}
