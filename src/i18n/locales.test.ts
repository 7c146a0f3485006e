// Every key present in Spanish must exist, non-empty, in every other language, and no locale
// may carry keys Spanish lacks (a typo'd key would silently fall back).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES, NAMESPACES } from "./settings";

type Json = { [k: string]: Json | string };
const flatten = (o: Json, prefix = ""): [string, unknown][] =>
  Object.entries(o).flatMap(([k, v]) =>
    v && typeof v === "object" ? flatten(v, `${prefix}${k}.`) : [[`${prefix}${k}`, v]],
  );

function read(locale: string): Map<string, unknown> {
  const dir = path.join("locales", locale);
  const out = new Map<string, unknown>();
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".json"))) {
    for (const [k, v] of flatten(JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as Json))
      out.set(`${file}:${k}`, v);
  }
  return out;
}

describe("locales", () => {
  const es = read("es");
  it("Spanish files are all known namespaces", () => {
    const files = fs
      .readdirSync("locales/es")
      .filter((f) => f.endsWith(".json"))
      .map((f) => f.replace(/\.json$/, ""));
    for (const f of files) expect(NAMESPACES).toContain(f);
  });
  for (const locale of LOCALES.filter((l) => l !== "es")) {
    it(`${locale} has every Spanish key, non-empty`, () => {
      const other = read(locale);
      const missing = [...es.keys()].filter(
        (k) => typeof other.get(k) !== "string" || !(other.get(k) as string).trim(),
      );
      expect(missing).toEqual([]);
    });
    it(`${locale} has no keys Spanish lacks`, () => {
      const extra = [...read(locale).keys()].filter((k) => !es.has(k));
      expect(extra).toEqual([]);
    });
  }
  it("interpolation placeholders match Spanish", () => {
    const vars = (s: unknown) => [...String(s).matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();
    for (const locale of LOCALES) {
      const other = read(locale);
      for (const [k, v] of es)
        if (other.has(k)) expect(vars(other.get(k)), `${locale} ${k}`).toEqual(vars(v));
    }
  });
});
