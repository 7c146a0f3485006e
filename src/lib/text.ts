// Text as people type it, made safe to store and to search. Pasted names often carry invisible
// characters (zero-width spaces from chat apps, bidi marks from right-to-left keyboards, a BOM
// from a spreadsheet): stored as typed they split a name in two for search ("Ma\u200Bría" became
// "ma ria") and can disguise one name as another. No server imports: forms, schemas, the
// search normaliser and scripts share it.

/**
 * Zero-width and bidi formatting characters: ZWSP/ZWNJ/ZWJ, LRM/RLM, the embeddings and
 * overrides, word joiner and invisible operators, the isolates, the Arabic letter mark, the BOM
 * and the soft hyphen. None belongs in a name, an address or a case note here.
 */
export const INVISIBLE_CHARS =
  /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** A UTF-16 surrogate without its partner: not text at all, and PostgreSQL refuses it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function hasLoneSurrogate(s: string): boolean {
  return LONE_SURROGATE.test(s);
}

/** NFC, without invisible characters, trimmed. Callers refuse lone surrogates first. */
export function normalizeTextInput(s: string): string {
  return s.normalize("NFC").replace(INVISIBLE_CHARS, "").trim();
}
