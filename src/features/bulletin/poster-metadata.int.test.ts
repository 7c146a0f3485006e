import { withTestDb } from "@/testing/with-test-db";
import { describe, expect, it } from "vitest";
import { getT } from "@/i18n/server";
import { getBulletinCase } from "./data";
import { posterMetadata } from "./poster-metadata";
import { makeCase } from "./test-helpers";

// The poster's link preview from the real bulletin read: only what the family consented to.
const env = withTestDb();
const BASE = "https://reencuentro.example";

async function metadataOf(publicId: string) {
  const t = await getT("es", ["bulletin"]);
  const c = await getBulletinCase(publicId);
  return posterMetadata(c, t, "es", `${BASE}/es/missing/${publicId}`, BASE);
}

describe("poster link preview", () => {
  it("previews a consented name and photo", async () => {
    const c = await makeCase(env.db, { givenNames: "Rosalía", familyNames: "Condori Mita", photos: 1 });
    const m = await metadataOf(c.publicId);
    expect(m.openGraph?.title).toBe("Persona desaparecida: Rosalía Condori Mita");
    expect(JSON.stringify(m.openGraph)).toMatch(
      /https:\/\/reencuentro\.example\/api\/public-photos\/[0-9a-f-]+\/full/,
    );
  });

  it("a photo-only case: no name anywhere, the photo only because it is consented", async () => {
    const c = await makeCase(env.db, {
      givenNames: "Secreta",
      familyNames: "Noconsentida",
      consent: { name: false, photo: true },
      photos: 1,
    });
    const m = await metadataOf(c.publicId);
    const all = JSON.stringify(m);
    expect(all).not.toContain("Secreta");
    expect(all).not.toContain("Noconsentida");
    expect(m.openGraph?.title).toBe("Persona desaparecida: Nombre no publicado");
  });

  it("a name without photo consent: the photo on file never becomes og:image", async () => {
    const c = await makeCase(env.db, { consent: { name: true, photo: false }, photos: 1 });
    const m = await metadataOf(c.publicId);
    expect(JSON.stringify(m)).not.toContain("public-photos");
    expect(m.twitter).toMatchObject({ card: "summary" });
  });

  it("a case not approved for the bulletin, or withdrawn, gets no preview and no name", async () => {
    for (const spec of [{ approved: false }, { withdrawn: true }]) {
      const c = await makeCase(env.db, {
        givenNames: "Oculta",
        familyNames: "Sinaprobar",
        photos: 1,
        ...spec,
      });
      const m = await metadataOf(c.publicId);
      expect(m.openGraph).toBeUndefined();
      expect(m.twitter).toBeUndefined();
      expect(JSON.stringify(m)).not.toContain("Oculta");
    }
  });
});
