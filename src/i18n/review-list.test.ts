// The training pages' Quechua, Aymara and Guarani strings are partly the Spanish text, kept until
// a speaker drafts them. A translator finds them through locales/REVIEW.md, so every training key
// whose qu, ay or gn text is still the Spanish one must be named there: by its key, or by a
// pattern ending in "*" (`training:review.*`). A key written without its namespace belongs to
// the last namespace named before it in the same table row (`training:coverage.tree`,
// `coverage.generation`).
import fs from "node:fs";
import { describe, expect, it } from "vitest";

type Json = { [k: string]: Json | string };
const flatten = (o: Json, prefix = ""): [string, string][] =>
  Object.entries(o).flatMap(([k, v]) =>
    typeof v === "object" ? flatten(v, `${prefix}${k}.`) : [[`${prefix}${k}`, v] as [string, string]],
  );
const read = (locale: string, ns: string) =>
  new Map(flatten(JSON.parse(fs.readFileSync(`locales/${locale}/${ns}.json`, "utf8")) as Json));

/** Every `ns:key` or `ns:prefix*` named in REVIEW.md's table rows. */
function namedKeys(markdown: string): string[] {
  const out: string[] = [];
  for (const line of markdown.split("\n").filter((l) => l.startsWith("|"))) {
    let ns: string | null = null;
    for (const [, token] of line.matchAll(/`([^`]+)`/g)) {
      const m = /^(?:([a-z]+):)?([\w.*-]+)$/.exec(token!);
      if (!m) continue;
      ns = m[1] ?? ns;
      if (ns) out.push(`${ns}:${m[2]}`);
    }
  }
  return out;
}

const covers = (named: readonly string[], key: string) =>
  named.some((n) => (n.endsWith("*") ? key.startsWith(n.slice(0, -1)) : n === key));

/** A text that still reads as Spanish: words, not only a placeholder or punctuation. */
const hasWords = (s: string) => /\p{L}{3,}/u.test(s.replace(/\{\{\w+\}\}/g, ""));

describe("locales/REVIEW.md", () => {
  const named = namedKeys(fs.readFileSync("locales/REVIEW.md", "utf8"));
  const es = read("es", "training");
  for (const locale of ["qu", "ay", "gn"]) {
    it(`names every training key whose ${locale} text is still the Spanish one`, () => {
      const other = read(locale, "training");
      const copies = [...es]
        .filter(([k, v]) => other.get(k) === v && hasWords(v))
        .map(([k]) => `training:${k}`);
      expect(copies.filter((k) => !covers(named, k))).toEqual([]);
    });
  }

  it("resolves keys written without their namespace and patterns", () => {
    const n = namedKeys("| `training:coverage.tree`, `coverage.generation`, `review.*` | qu | *x* |\n`a:b`");
    expect(n).toEqual(["training:coverage.tree", "training:coverage.generation", "training:review.*"]);
    expect(covers(n, "training:review.title")).toBe(true);
    expect(covers(n, "training:coverage.level")).toBe(false);
  });
});
