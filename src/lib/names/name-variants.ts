// Spellings one slip away from a typed name word: what an officer produces when re-typing a name
// heard over the phone. Trigram similarity alone misses short words ("jhon" shares one trigram
// with "john", "ruh" none with "ruth"), so the lookup also tries these exact variants against the
// dictionary of name words. Input is a normalized word (lower-case, no accents).
const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/** Sound-alike spellings in Spanish and English names, applied one at a time, both ways. */
const SOUND_ALIKES: readonly (readonly [string, string])[] = [
  ["v", "b"],
  ["z", "s"],
  ["ce", "se"],
  ["ci", "si"],
  ["ll", "y"],
  ["y", "i"],
  ["ge", "je"],
  ["gi", "ji"],
  ["qu", "k"],
  ["c", "k"],
  ["x", "j"],
  ["sh", "x"],
  ["th", "t"],
  ["ph", "f"],
  ["rr", "r"],
  ["ss", "s"],
  ["tt", "t"],
  ["nn", "n"],
  ["gu", "hu"],
];

function soundAlikes(word: string, out: Set<string>) {
  for (const [a, b] of SOUND_ALIKES) {
    for (const [from, to] of [
      [a, b],
      [b, a],
    ] as const) {
      for (let i = word.indexOf(from); i >= 0; i = word.indexOf(from, i + 1)) {
        out.add(word.slice(0, i) + to + word.slice(i + from.length));
      }
    }
  }
  // A silent initial h is often dropped or added.
  out.add(word.startsWith("h") ? word.slice(1) : `h${word}`);
}

/** Deletions, transpositions, substitutions and insertions of one letter, plus sound-alikes. */
export function wordVariants(word: string): string[] {
  const out = new Set<string>();
  if (word.length < 3) return [];
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) out.add(head + tail.slice(1));
    if (tail.length > 1) out.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const ch of LETTERS) {
      if (tail) out.add(head + ch + tail.slice(1));
      out.add(head + ch + tail);
    }
  }
  soundAlikes(word, out);
  out.delete(word);
  return [...out].filter((w) => w.length >= 2);
}

/**
 * Spellings two slips away where one of the slips is a sound-alike ("bicla" -> "vicla" ->
 * "vilca"): a name heard over the phone is often both spelled by ear and mistyped. Far more
 * than wordVariants (one set of one-slip variants per sound-alike), so the lookup uses these
 * only to rank the broadened results (search-match.ts), never to widen a match.
 */
export function wideWordVariants(word: string): string[] {
  if (word.length < 3) return [];
  const out = new Set(wordVariants(word));
  const sounds = new Set<string>();
  soundAlikes(word, sounds);
  for (const s of sounds) {
    if (s === word || s.length < 3) continue;
    for (const v of wordVariants(s)) out.add(v);
  }
  out.delete(word);
  return [...out];
}
