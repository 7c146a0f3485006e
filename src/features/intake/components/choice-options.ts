// The report form's country and nationality choices, in the reader's alphabetical order
// (decision 105): "Kosta Rika" after "Ekwatè" in Creole, "Perú" before "Puerto Rico" everywhere.
import { sortByLabel } from "@/i18n/intl";
import type { Translate } from "@/i18n/translate";
import { CLAIM_COUNTRIES, NATIONALITIES } from "@/lib/case-options";

export interface Choice {
  value: string;
  label: string;
}

/** The label of a nationality: a network country's name, else the intake list's. */
export function nationalityLabel(t: Translate, code: string): string {
  return (CLAIM_COUNTRIES as readonly string[]).includes(code)
    ? t(`common:countries.${code}`)
    : t(`intake:nationalities.${code}`);
}

/** The countries a claim can be filed in. */
export function claimCountryChoices(t: Translate, locale: string): Choice[] {
  const all = CLAIM_COUNTRIES.map((c) => ({ value: c, label: t(`common:countries.${c}`) }));
  return sortByLabel(all, locale, (o) => o.label);
}

/** Nationalities in alphabetical order, "Other or unknown" (ZZ) last. */
export function nationalityChoices(t: Translate, locale: string): Choice[] {
  const named = NATIONALITIES.filter((c) => c !== "ZZ").map((c) => ({
    value: c,
    label: nationalityLabel(t, c),
  }));
  return [...sortByLabel(named, locale, (o) => o.label), { value: "ZZ", label: nationalityLabel(t, "ZZ") }];
}
