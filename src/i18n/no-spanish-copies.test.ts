// The training pages' Quechua, Aymara and Guarani strings are machine drafts awaiting a speaker
// (locales/REVIEW.md). For a while some were the Spanish text itself, so a trainer reading the
// portal in Quechua met whole Spanish paragraphs. This test fails for any training string whose
// qu, ay or gn text is still exactly the Spanish one, so a new key cannot be copied over from
// es.json and forgotten. The only exceptions are strings with nothing to translate (placeholders,
// unit symbols, an abbreviation), named one by one below.
import fs from "node:fs";
import { describe, expect, it } from "vitest";

type Json = { [k: string]: Json | string };
const flatten = (o: Json, prefix = ""): [string, string][] =>
  Object.entries(o).flatMap(([k, v]) =>
    typeof v === "object" ? flatten(v, `${prefix}${k}.`) : [[`${prefix}${k}`, v] as [string, string]],
  );
const read = (locale: string, ns: string) =>
  new Map(flatten(JSON.parse(fs.readFileSync(`locales/${locale}/${ns}.json`, "utf8")) as Json));

/** Keys whose text is legitimately the same in every language. Keep this list short. */
const SAME_AS_SPANISH: ReadonlySet<string> = new Set([
  "certificate.when", // "{{dates}} · {{venue}}, {{country}}": placeholders and punctuation only
  "exercises.time", // "{{min}} min {{sec}} s": SI unit symbols
  "sheet.number", // "N.º": the numero sign heading the attendance sheet's first column
]);

/** Training keys whose text in `locale` is exactly the Spanish text, outside the allowlist. */
function spanishCopies(es: Map<string, string>, other: Map<string, string>): string[] {
  return [...es].filter(([k, v]) => other.get(k) === v && !SAME_AS_SPANISH.has(k)).map(([k]) => k);
}

describe("training strings in qu, ay and gn", () => {
  const es = read("es", "training");
  for (const locale of ["qu", "ay", "gn"]) {
    it(`has no ${locale} text that is still the Spanish one`, () => {
      expect(spanishCopies(es, read(locale, "training"))).toEqual([]);
    });
  }

  it("allows only keys that exist and are still identical everywhere", () => {
    // An allowlisted key that was renamed, or that a speaker translated, should leave the list.
    for (const key of SAME_AS_SPANISH) {
      expect(es.has(key), key).toBe(true);
      for (const locale of ["qu", "ay", "gn"])
        expect(read(locale, "training").get(key), key).toBe(es.get(key));
    }
  });

  it("catches a copied string, even a short one, and spares the allowlist", () => {
    const es = new Map([
      ["a", "Nivel"],
      ["b", "{{passed}} de {{set}}"],
      ["exercises.time", "{{min}} min {{sec}} s"],
      ["c", "Firma"],
    ]);
    const qu = new Map([
      ["a", "Nivel"],
      ["b", "{{passed}} de {{set}}"],
      ["exercises.time", "{{min}} min {{sec}} s"],
      ["c", "Firmayki"],
    ]);
    expect(spanishCopies(es, qu)).toEqual(["a", "b"]);
  });
});
