import { describe, expect, it } from "vitest";
import { makeCase } from "@/features/bulletin/test-helpers";
import { addCaseNote } from "@/features/cases/data";
import { requestFamilyRemoval } from "@/features/removal/data";
import { createTranslate } from "@/i18n/translate";
import { loadResources } from "@/i18n/resources";
import { makeViewer } from "@/testing/viewers";
import { withTestDb } from "@/testing/with-test-db";
import { claimCopyHtml } from "./claim-copy-html";
import { ClaimNotFoundError, getClaimCopy } from "./data";
import { addFamilyNote } from "./family-note";

const env = withTestDb();

describe("a copy of my data", () => {
  it("holds the family's claim, their words and what was written for them; never staff notes, tips, the public's requests or other cases", async () => {
    const c = await makeCase(env.db, { givenNames: "Rosa", familyNames: "Quispe" });
    const other = await makeCase(env.db, { givenNames: "Otro", familyNames: "Caso" });
    const police = await makeViewer(env.db, "POLICE", "BO");
    await addCaseNote(police, { caseNumber: c.caseNumber, body: "NOTA INTERNA del oficial" });
    await env.db.tip.create({
      data: { caseId: c.id, body: "PISTA de un vecino", contact: "vecino@x.test", locale: "es" },
    });
    await env.db.removalRequest.create({
      data: { caseId: c.id, source: "PUBLIC", reason: "ENDANGERS", message: "PEDIDO ANÓNIMO", locale: "es" },
    });
    await addFamilyNote(c.caseNumber, c.trackingCode, { body: "<b>Nuevo dato</b> de la familia" });
    await requestFamilyRemoval(
      c.caseNumber,
      c.trackingCode,
      { reason: "SAFE_SELF", message: "Mi pedido" },
      {
        locale: "es",
        ipHash: null,
      },
    );

    const copy = await getClaimCopy(c.caseNumber, c.trackingCode);
    const json = JSON.stringify(copy);
    expect(copy.claim).toMatchObject({ caseNumber: c.caseNumber, givenNames: "Rosa", familyNames: "Quispe" });
    expect(copy.claim).not.toHaveProperty("trackingCodeHash");
    expect(json).toContain("<b>Nuevo dato</b> de la familia");
    expect(json).toContain("Mi pedido");
    const types = copy.history.map((h) => h.type);
    expect(types).toEqual(expect.arrayContaining(["CREATED", "FAMILY_NOTE"]));
    expect(types).not.toContain("NOTE_ADDED");
    expect(types).not.toContain("REMOVAL_REQUESTED"); // the public's request is not named
    for (const hidden of [
      "NOTA INTERNA",
      "PISTA",
      "vecino@x.test",
      "PEDIDO ANÓNIMO",
      "ENDANGERS",
      other.caseNumber,
      "Otro",
      police.email,
    ])
      expect(json).not.toContain(hidden);
    expect(json).not.toMatch(/trackingCode|assigned|traffickingFlag|practiceSession|duplicateOf|ipHash/);

    // The readable page escapes everything the family typed.
    const locale = "es";
    const t = createTranslate(
      locale,
      await loadResources(locale, ["removal", "intake", "common", "checkins"]),
      ["removal", "intake", "common", "checkins"],
    );
    const html = claimCopyHtml(copy, t, locale);
    expect(html).toContain("&lt;b&gt;Nuevo dato&lt;/b&gt; de la familia");
    expect(html).not.toContain("<b>Nuevo dato</b>");
    expect(html).toContain("Rosa");
    expect(html).not.toContain("NOTA INTERNA");
    expect(html).not.toMatch(/removal:|intake:|common:/); // every label translated
  });

  it("needs the right tracking code", async () => {
    const c = await makeCase(env.db);
    await expect(getClaimCopy(c.caseNumber, "NOPE-NOPE-NOPE")).rejects.toBeInstanceOf(ClaimNotFoundError);
  });
});
