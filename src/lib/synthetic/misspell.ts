/**
 * Reproduces the mistakes officers make when re-typing a name from a phone
 * call or a handwritten form, so the lookup can be tested against realistic
 * noise rather than random character flips.
 */
import type { Rng } from "./random";

/** Which field the text comes from; it decides which structural edits make sense. */
export type NamePart = "full" | "given" | "family";

type Edit = (rng: Rng, name: string, part: NamePart) => string | null;

const LETTER = /\p{L}/u;
const isLetter = (ch: string | undefined): boolean => ch !== undefined && LETTER.test(ch);
const PARTICLES = new Set(["de", "del", "la", "las", "los", "y"]);

/** Splits into name units, keeping particles with their word ("de la Cruz"). */
function units(name: string): string[] {
  const out: string[] = [];
  let pending = "";
  for (const word of name.split(/\s+/).filter((w) => w.length > 0)) {
    if (PARTICLES.has(word.toLowerCase())) {
      pending += `${word} `;
    } else {
      out.push(pending + word);
      pending = "";
    }
  }
  if (pending) out.push(pending.trim());
  return out;
}

/** Letter positions that are not word-initial: people rarely get the first letter wrong. */
function innerPositions(name: string, ok: (i: number) => boolean): number[] {
  const positions: number[] = [];
  for (let i = 1; i < name.length; i++) {
    if (isLetter(name[i]) && isLetter(name[i - 1]) && ok(i)) positions.push(i);
  }
  return positions;
}

const dropAccents: Edit = (_rng, name) => {
  const plain = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .normalize("NFC");
  return plain === name ? null : plain;
};

const dropLetter: Edit = (rng, name) => {
  const wordLength = (i: number) => /^\p{L}*/u.exec(name.slice(name.lastIndexOf(" ", i) + 1))![0].length;
  const positions = innerPositions(name, (i) => wordLength(i) >= 3);
  if (positions.length === 0) return null;
  const i = rng.pick(positions);
  return name.slice(0, i) + name.slice(i + 1);
};

const swapAdjacent: Edit = (rng, name) => {
  const positions = innerPositions(
    name,
    (i) => isLetter(name[i + 1]) && name[i]!.toLowerCase() !== name[i + 1]!.toLowerCase(),
  );
  if (positions.length === 0) return null;
  const i = rng.pick(positions);
  return name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2);
};

/** Spanish (and Spanish-English) sound-alike spellings. */
const PHONETIC: readonly (readonly [RegExp, string])[] = [
  [/v/giu, "b"],
  [/b/giu, "v"],
  [/z/giu, "s"],
  [/s(?=[aeiouáéíóú])/giu, "z"],
  [/c(?=[eiéí])/giu, "s"],
  [/s(?=[eiéí])/giu, "c"],
  [/ll/giu, "y"],
  [/y(?=[aeiouáéíóú])/giu, "ll"],
  [/y(?!\p{L})/giu, "i"],
  [/(?<=\p{L})i(?=[aeoáéó])/giu, "y"],
  [/j(?=[eiéí])/giu, "g"],
  [/g(?=[eiéí])/giu, "j"],
  [/(?<!\p{L})h(?=[aeiouáéíóú])/giu, ""],
  [/(?<!\p{L})j/giu, "h"],
  [/(?<!\p{L})joh?n/giu, "jhon"],
  [/qu(?=[eiéí])/giu, "k"],
  [/(?<!\p{L})hu(?=[aá])/giu, "gu"],
  [/(?<!\p{L})gu(?=[aá])/giu, "hu"],
  [/x/giu, "sh"],
  [/rr/giu, "r"],
  [/tt/giu, "t"],
  [/ñ/giu, "ni"],
];

const phonetic: Edit = (rng, name) => {
  const candidates: { index: number; found: string; replacement: string }[] = [];
  for (const [pattern, replacement] of PHONETIC) {
    for (const m of name.matchAll(pattern)) {
      candidates.push({ index: m.index, found: m[0], replacement });
    }
  }
  if (candidates.length === 0) return null;
  const { index, found, replacement } = rng.pick(candidates);
  const capital = found[0] !== found[0]!.toLowerCase();
  const before = name.slice(0, index);
  let after = name.slice(index + found.length);
  let middle = capital ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
  // Dropping a capital H must not leave the name starting in lowercase.
  if (capital && middle === "") after = after.charAt(0).toUpperCase() + after.slice(1);
  if (found === found.toUpperCase() && found.length > 1) middle = middle.toUpperCase();
  return before + middle + after;
};

/**
 * Leaves out a unit: usually the maternal surname, or the second given name.
 * In a full name of three units the last two are most likely the surnames.
 */
const dropUnit: Edit = (rng, name, part) => {
  const parts = units(name);
  if (parts.length < (part === "full" ? 3 : 2)) return null;
  const paternal = part === "family" ? 0 : parts.length - 2;
  parts.splice(rng.chance(0.75) ? parts.length - 1 : paternal, 1);
  return parts.join(" ");
};

/**
 * Surnames typed first, as on many forms and ID cards. With three or more
 * units the last two are most likely the two surnames, so those move.
 */
const reorder: Edit = (_rng, name, part) => {
  const parts = units(name);
  if (part !== "full" || parts.length < 2) return null;
  const surnames = parts.length >= 3 ? 2 : 1;
  return [...parts.slice(-surnames), ...parts.slice(0, -surnames)].join(" ");
};

type WeightedEdits = readonly (readonly [Edit, number])[];

const CHARACTER_EDITS: WeightedEdits = [
  [dropAccents, 0.2],
  [dropLetter, 0.2],
  [swapAdjacent, 0.15],
  [phonetic, 0.25],
];

const ALL_EDITS: WeightedEdits = [...CHARACTER_EDITS, [dropUnit, 0.1], [reorder, 0.1]];

function applyOne(rng: Rng, name: string, part: NamePart, edits: WeightedEdits): string {
  const preferred = rng.weighted(edits);
  // If the preferred edit does not apply (no accents, single word...), fall back in order.
  for (const edit of [preferred, ...edits.map(([e]) => e)]) {
    const result = edit(rng, name, part);
    if (result !== null && result !== name) return result;
  }
  return name;
}

/**
 * Applies one or two officer-style typos. Always returns a different string
 * unless the input is empty. Pass `part` when misspelling a single field so
 * that, e.g., "Pérez Quispe" as family names can lose its maternal surname.
 */
export function misspell(rng: Rng, name: string, part: NamePart = "full"): string {
  let out = applyOne(rng, name, part, ALL_EDITS);
  // At most one structural edit: losing two name units no longer reads as a typo.
  if (rng.chance(0.3)) out = applyOne(rng, out, part, CHARACTER_EDITS);
  // Two edits can cancel out (v→b then b→v); a dropped letter always changes the text.
  if (out === name) out = dropLetter(rng, name, part) ?? name.slice(0, -1);
  return out;
}
