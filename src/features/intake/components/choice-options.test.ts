import { describe, expect, it } from "vitest";
import { createTranslate } from "@/i18n/translate";
import type { Resources } from "@/i18n/resources";
import { claimCountryChoices, nationalityChoices } from "./choice-options";

async function tFor(locale: string) {
  const resources = {
    common: (await import(`../../../../locales/${locale}/common.json`)).default,
    intake: (await import(`../../../../locales/${locale}/intake.json`)).default,
  } as unknown as Resources;
  return createTranslate(locale, resources, ["intake", "common"]);
}

describe("report form choices in the reader's alphabetical order", () => {
  it("countries follow the language's names, not their codes", async () => {
    const ht = claimCountryChoices(await tFor("ht"), "ht").map((c) => c.label);
    // Code order would put Kosta Rika (CR) before Ekwatè (EC).
    expect(ht.indexOf("Ekwatè")).toBeLessThan(ht.indexOf("Kosta Rika"));
    expect(ht).toEqual([...ht].sort((a, b) => a.localeCompare(b, "fr")));
    const es = claimCountryChoices(await tFor("es"), "es").map((c) => c.label);
    expect(es.at(-1)).toBe("Puerto Rico");
  });

  it("nationalities are alphabetical with 'other or unknown' last", async () => {
    const es = nationalityChoices(await tFor("es"), "es");
    expect(es[0]!.label).toBe("Argentina");
    expect(es.at(-1)!.value).toBe("ZZ");
    const labels = es.slice(0, -1).map((c) => c.label);
    expect(labels).toEqual([...labels].sort(new Intl.Collator("es", { sensitivity: "base" }).compare));
    // Network countries are mixed in, not listed first: Belice after Argentina, Perú after México.
    expect(labels.indexOf("Perú")).toBeGreaterThan(labels.indexOf("México"));
  });
});
