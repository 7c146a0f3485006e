import { describe, expect, it } from "vitest";
import { claimFromForm, photosFromForm } from "./plain-claim-values";
import { ClaimInput } from "./schemas";

function form(entries: [string, string | File][]) {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
}

describe("claimFromForm (the form without JavaScript)", () => {
  it("builds the nested claim the schema parses, with lists and checkboxes", () => {
    const { claim, values } = claimFromForm(
      form([
        ["submissionId", "6f1c1f0e-8c1a-4d4b-9a53-2f0a3f6f2b11"],
        ["person.givenNames", "Ana"],
        ["person.familyNames", "Quispe"],
        ["person.sex", "FEMALE"],
        ["person.approxAge", "15"],
        ["person.languages", "es"],
        ["person.languages", "qu"],
        ["lastSeen.country", "BO"],
        ["lastSeen.region", "BO-L"],
        ["lastSeen.city", "El Alto"],
        ["lastSeen.date", "2026-10-02"],
        ["lastSeen.circumstances", "Salió y no volvió."],
        ["reporter.name", "Rosa"],
        ["reporter.relationship", "MOTHER"],
        ["reporter.phone", "+591 7000 0000"],
        ["reporter.preferredLocale", "es"],
        ["consent.guardianConfirmed", "on"],
      ]),
    );
    const parsed = ClaimInput.parse(claim);
    expect(parsed.person.languages).toEqual(["es", "qu"]);
    expect(parsed.person.approxAge).toBe(15);
    expect(parsed.consent).toMatchObject({ guardianConfirmed: true, publishName: false });
    expect(values["person.givenNames"]).toBe("Ana");
    expect(values["consent.publishName"]).toBe(false);
  });

  it("an empty form gives the schema's per-field messages, and no field is invented", () => {
    const { claim } = claimFromForm(form([["person.unknown", "x"]]));
    const result = ClaimInput.safeParse(claim);
    expect(result.success).toBe(false);
    expect(JSON.stringify(claim)).not.toContain("unknown");
  });

  it("drops the empty file an untouched file input sends", () => {
    const f = form([
      ["photos", new File([], "")],
      ["photos", new File([new Uint8Array([1, 2])], "a.jpg")],
    ]);
    expect(photosFromForm(f).map((p) => p.name)).toEqual(["a.jpg"]);
  });
});
