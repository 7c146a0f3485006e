import { describe, expect, it } from "vitest";
import { posterMetadata } from "./poster-metadata";
import type { PublicCase } from "./public-case";

// A t() that shows which key and values were used, so the test needs no locale files.
const t = (key: string, o?: Record<string, unknown>) => (o ? `${key}${JSON.stringify(o)}` : key);
const URL_ = "https://reencuentro.example/es/missing/abcDEF123456";
const BASE = "https://reencuentro.example";
const full: PublicCase = {
  publicId: "abcDEF123456",
  countryCode: "BO",
  name: { givenNames: "Ana", familyNames: "Mamani", otherNames: null },
  age: { years: 30, approximate: false },
  lastSeen: { city: "El Alto", region: "La Paz", at: "2026-10-02T21:30:00.000Z", timeKnown: false },
  description: null,
  photos: [{ id: "7d0c1c9e-photo", width: 800, height: 600 }],
};

describe("posterMetadata", () => {
  it("previews a consented case with its name, facts and an absolute photo URL", () => {
    const m = posterMetadata(full, t, "es", URL_, BASE);
    expect(m.openGraph).toMatchObject({
      url: URL_,
      title: "bulletin:poster.banner: Ana Mamani",
      images: [{ url: "https://reencuentro.example/api/public-photos/7d0c1c9e-photo/full", width: 800 }],
    });
    expect(m.openGraph?.description).toContain("El Alto, La Paz");
    expect(m.twitter).toMatchObject({
      card: "summary_large_image",
      title: "bulletin:poster.banner: Ana Mamani",
    });
    expect(m.robots).toEqual({ index: false });
  });

  it("never carries a withheld name, nor an image without a consented photo", () => {
    const c: PublicCase = { ...full, name: null, photos: [], age: null, lastSeen: null };
    const m = posterMetadata(c, t, "es", URL_, BASE);
    const all = JSON.stringify(m);
    expect(all).not.toContain("Ana");
    expect(all).not.toContain("Mamani");
    expect(all).not.toContain("El Alto");
    expect(all).not.toContain("public-photos");
    expect(m.openGraph?.title).toBe("bulletin:poster.banner: bulletin:card.nameWithheld");
    expect(m.twitter).toMatchObject({ card: "summary" });
  });

  it("says nothing at all about a case that is not on the bulletin", () => {
    const m = posterMetadata(null, t, "es", BASE, BASE);
    expect(m.openGraph).toBeUndefined();
    expect(m.twitter).toBeUndefined();
    expect(m.title).toBeUndefined();
    expect(m.referrer).toBe("same-origin");
  });
});
