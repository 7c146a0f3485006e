import { describe, expect, it } from "vitest";
import { COUNTRY_CODES } from "@/lib/reference/countries";
import { ANDEAN_SURNAMES, KRIOL_SURNAMES, MAYA_BZ_SURNAMES } from "./name-pools";
import { generatePerson, generatePersonName, misspell, stripAccents } from "./names";
import { createRng } from "./random";

const fullName = (n: { givenNames: string; familyNames: string }) => `${n.givenNames} ${n.familyNames}`;

/** Character bigrams inside words, accent- and case-insensitive, so reordering is not penalised. */
function bigrams(text: string): string[] {
  const out: string[] = [];
  for (const w of stripAccents(text).toLowerCase().split(" ")) {
    for (let i = 0; i + 1 < w.length; i++) out.push(w.slice(i, i + 2));
  }
  return out;
}

function dice(a: string, b: string): number {
  const pool = bigrams(b);
  const first = bigrams(a);
  const total = first.length + pool.length;
  let shared = 0;
  for (const g of first) {
    const i = pool.indexOf(g);
    if (i >= 0) {
      shared++;
      pool.splice(i, 1);
    }
  }
  return (2 * shared) / total;
}

/** Longest name unit, counting particles with their word ("de los Santos"). */
function longestUnit(name: string): number {
  return Math.max(...name.split(/(?<!\b(?:de|del|la|las|los|y)) /i).map((u) => u.length));
}

describe("createRng", () => {
  it("is deterministic and stays within bounds", () => {
    const a = createRng(123);
    const b = createRng(123);
    const seq = Array.from({ length: 50 }, () => a.int(3, 7));
    expect(Array.from({ length: 50 }, () => b.int(3, 7))).toEqual(seq);
    expect(seq.every((n) => n >= 3 && n <= 7)).toBe(true);
    expect(new Set(seq).size).toBe(5);
    expect(createRng(124).next()).not.toBe(createRng(123).next());
  });
});

describe("generatePersonName", () => {
  it("returns the same names for the same seed", () => {
    const run = (seed: number) => {
      const rng = createRng(seed);
      return COUNTRY_CODES.flatMap((c) => [
        generatePersonName(rng, c, "FEMALE"),
        generatePersonName(rng, c, "MALE"),
      ]);
    };
    expect(run(42)).toEqual(run(42));
    expect(run(42)).not.toEqual(run(43));
  });

  it("has enough variety for a large benchmark in every country", () => {
    for (const country of COUNTRY_CODES) {
      const rng = createRng(7);
      const names = new Set<string>();
      for (let i = 0; i < 10_000; i++) {
        names.add(fullName(generatePersonName(rng, country, i % 2 ? "FEMALE" : "MALE")));
      }
      expect(names.size, country).toBeGreaterThan(5_000);
    }
  });

  it("gives Belize Maya and Kriol surnames, and mostly a single surname", () => {
    const rng = createRng(99);
    const people = Array.from({ length: 2_000 }, () => generatePerson(rng, "BZ", "FEMALE"));
    const share = (pool: readonly string[]) =>
      people.filter((p) => p.surnames.some((s) => pool.includes(s))).length / people.length;
    expect(share(MAYA_BZ_SURNAMES)).toBeGreaterThan(0.05);
    expect(share(KRIOL_SURNAMES)).toBeGreaterThan(0.1);
    expect(people.filter((p) => p.surnames.length === 1).length / people.length).toBeGreaterThan(0.6);
  });

  it("gives most Andean-country people two surnames, many of them Aymara or Quechua", () => {
    const rng = createRng(5);
    const people = Array.from({ length: 2_000 }, () => generatePerson(rng, "BO", "MALE"));
    expect(people.filter((p) => p.surnames.length === 2).length / people.length).toBeGreaterThan(0.75);
    const andean = people.filter((p) => p.surnames.some((s) => ANDEAN_SURNAMES.includes(s)));
    expect(andean.length / people.length).toBeGreaterThan(0.3);
    for (const p of people) expect(p.name.familyNames).toBe(p.surnames.join(" "));
  });

  it("sometimes, but not usually, records an alias", () => {
    const rng = createRng(11);
    const names = Array.from({ length: 2_000 }, () => generatePersonName(rng, "GT", "MALE"));
    const withAlias = names.filter((n) => n.otherNames !== null).length / names.length;
    expect(withAlias).toBeGreaterThan(0.02);
    expect(withAlias).toBeLessThan(0.3);
  });
});

describe("misspell", () => {
  it("always changes the name but keeps it recognisable", () => {
    const rng = createRng(2024);
    for (const country of COUNTRY_CODES) {
      for (let i = 0; i < 1_000; i++) {
        const name = fullName(generatePersonName(rng, country, i % 2 ? "FEMALE" : "MALE"));
        const typo = misspell(rng, name);
        expect(typo).not.toBe(name);
        expect(Math.abs(typo.length - name.length)).toBeLessThanOrEqual(longestUnit(name) + 2);
        expect(dice(name, typo), `${name} → ${typo}`).toBeGreaterThanOrEqual(0.2);
      }
    }
  });

  it("is deterministic for a seed", () => {
    const names = ["María José Pérez Quispe", "Shanice Young", "Juan de Dios Tzul de la Cruz"];
    const run = () => {
      const rng = createRng(8);
      return names.map((n) => misspell(rng, n));
    };
    expect(run()).toEqual(run());
  });

  it("produces the typical officer errors", () => {
    const rng = createRng(3);
    const typos = new Set(Array.from({ length: 400 }, () => misspell(rng, "José Gutiérrez Vásquez")));
    expect(typos).toContain("Jose Gutierrez Vasquez");
    expect(typos).toContain("José Gutiérrez");
    expect(typos).toContain("Gutiérrez Vásquez José");
    expect([...typos].some((t) => t.includes("Básquez") || t.includes("Vázquez"))).toBe(true);
  });

  it("drops the maternal surname when misspelling family names alone", () => {
    const rng = createRng(4);
    const typos = new Set(Array.from({ length: 200 }, () => misspell(rng, "Mamani Condori", "family")));
    expect(typos).toContain("Mamani");
    expect(typos).not.toContain("Condori Mamani");
  });

  it("keeps capitals when a sound-alike edit touches the first letter", () => {
    const rng = createRng(6);
    for (let i = 0; i < 200; i++) {
      const typo = misspell(rng, "Hernández Llanos");
      expect(typo.charAt(0)).toBe(typo.charAt(0).toUpperCase());
    }
  });
});
