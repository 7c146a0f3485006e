// The bulletin search form (POST only: a name never goes into a URL). No server imports.
import { z } from "zod";
import { optionalChoice, optionalText } from "@/lib/forms/fields";
import { REGION_CODE_PATTERN } from "@/lib/case-options";
import { COUNTRY_CODES } from "@/lib/reference/countries";

export const BulletinSearch = z
  .object({
    name: optionalText(100),
    country: optionalChoice(COUNTRY_CODES),
    region: optionalText(8).pipe(
      z.string().regex(REGION_CODE_PATTERN, { error: "validation:invalidChoice" }).optional(),
    ),
  })
  .superRefine((s, ctx) => {
    if (!s.name && !s.country && !s.region)
      ctx.addIssue({ code: "custom", path: ["name"], message: "bulletin:search.errors.empty" });
    if (s.region && s.country && !s.region.startsWith(`${s.country}-`))
      ctx.addIssue({ code: "custom", path: ["region"], message: "bulletin:search.errors.regionCountry" });
  });
export type BulletinSearch = z.infer<typeof BulletinSearch>;

/** `?page=` of the list: anything odd is page 1. */
export function pageFrom(value: string | string[] | undefined): number {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n >= 1 && n <= 10_000 ? n : 1;
}
