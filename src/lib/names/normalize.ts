// Names are stored a second time in a search form: lower-case, without accents, without the
// particles officers never type ("de la", "del"), so "José de la Cruz Pérez" and "jose cruz perez"
// compare equal. The same function normalizes the query, so both sides always agree.
import { INVISIBLE_CHARS } from "@/lib/text";

const PARTICLES = new Set([
  "de",
  "del",
  "la",
  "las",
  "los",
  "el",
  "y",
  "e",
  "da",
  "das",
  "do",
  "dos",
  "van",
  "von",
  "mc",
]);

export function normalizeName(input: string): string {
  return input
    .replace(INVISIBLE_CHARS, "")
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .split(" ")
    .filter((w) => w && !PARTICLES.has(w))
    .join(" ");
}

/** The searchable text of a person: given names, family names and aliases. */
export function searchNameFor(p: {
  givenNames: string;
  familyNames: string;
  otherNames?: string | null;
}): string {
  return normalizeName([p.givenNames, p.familyNames, p.otherNames ?? ""].join(" "));
}

/** Digits only, for matching phone numbers however they were typed. */
export function phoneDigits(phone: string | null | undefined): string | null {
  const digits = (phone ?? "").replace(/\D/g, "");
  return digits.length >= 6 ? digits : null;
}

/**
 * Identity documents as a lookup key: the leading type word ("CI", "RUT", "Cédula"), a trailing
 * issuing place ("1234567 LP") and all punctuation go, letters are upper-cased. The SQL function
 * case_doc_key (migration cases_search_indexes) does exactly the same; a test keeps them equal.
 */
export function documentKey(doc: string | null | undefined): string {
  if (!doc) return "";
  return doc
    .replace(/^[^0-9]*/, "")
    .replace(/\s+[A-Za-z]+$/, "")
    .replace(/[^0-9A-Za-z]/g, "")
    .toUpperCase();
}
