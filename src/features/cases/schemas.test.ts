import { describe, expect, it } from "vitest";
import { normalizeName } from "@/lib/names/normalize";
import { SearchInput } from "./schemas";

describe("SearchInput dates", () => {
  it.each(["2026-02-30", "2026-13-01", "0000-00-00", "9999-99-99", "2025-02-29"])(
    "refuses the impossible date %s before it reaches the database",
    (date) => {
      for (const field of ["lastSeenFrom", "lastSeenTo"]) {
        const r = SearchInput.safeParse({ q: "", [field]: date });
        expect(r.success).toBe(false);
        expect(r.error?.issues[0]?.message).toBe("cases:validation.date");
      }
    },
  );
  it("keeps real dates, leap days included", () => {
    const r = SearchInput.safeParse({ q: "", lastSeenFrom: "2024-02-29", lastSeenTo: "2026-12-31" });
    expect(r.success).toBe(true);
  });
});

describe("SearchInput query", () => {
  it("is normalised like stored text, so invisible characters cannot hide a match", () => {
    const r = SearchInput.parse({ q: "\u200BMa\u200Bría\u200F Quispe\uFEFF" });
    expect(r.q).toBe("María Quispe");
  });
  it("refuses a lone surrogate", () => {
    const r = SearchInput.safeParse({ q: "Ana \uD800" });
    expect(r.error?.issues[0]?.message).toBe("cases:validation.queryInvalid");
  });
  it("a name typed with a zero-width space normalises like the plain name", () => {
    expect(normalizeName("Ma\u200Bría Qui\u200Dspe")).toBe(normalizeName("María Quispe"));
  });
});
