import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/i18n/settings";
import { getT } from "@/i18n/server";
import { SecondTierList } from "./second-tier";

const rows = [
  { id: "0b6c4c2e-8c57-4d3e-9a53-1d7f1a1b2c3d", score: 0.532, other: "BO-2026-000017" },
  { id: "5f1e2d3c-4b5a-4c6d-8e7f-9a0b1c2d3e4f", score: 0.5, other: "BO-2026-000018" },
];

describe("SecondTierList (the found record's and the claim's second tier)", () => {
  it("links each pair to its comparison page, best first, with its likeness", async () => {
    const t = await getT("en", ["matches"]);
    const html = renderToStaticMarkup(<SecondTierList rows={rows} t={t} locale="en" side="found" />);
    expect(html).toContain('href="/en/matches/0b6c4c2e-8c57-4d3e-9a53-1d7f1a1b2c3d"');
    expect(html.indexOf("BO-2026-000017")).toBeLessThan(html.indexOf("BO-2026-000018"));
    expect(html).toContain("Compare with BO-2026-000017");
    expect(html).toContain("53");
    expect(html).toContain("Other possible claims");
  });

  it("renders nothing when the viewer may see none", async () => {
    const t = await getT("en", ["matches"]);
    expect(renderToStaticMarkup(<SecondTierList rows={[]} t={t} locale="en" side="claim" />)).toBe("");
  });

  it("is translated in every locale (no key shown raw)", async () => {
    for (const locale of LOCALES) {
      const t = await getT(locale, ["matches"]);
      for (const side of ["found", "claim"] as const) {
        const html = renderToStaticMarkup(<SecondTierList rows={rows} t={t} locale={locale} side={side} />);
        expect(html).not.toMatch(/secondTier\.|matches:/);
        expect(html).toContain("BO-2026-000018");
      }
    }
  });
});
