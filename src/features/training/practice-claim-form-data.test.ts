import { describe, expect, it } from "vitest";
import { ClaimInput } from "@/features/intake/schemas";
import { claimFromForm } from "./practice-claim-form-data";

const form = {
  submissionId: "6f1c1f7e-3b1a-4c8e-9a77-2f5f0c1d2e3f",
  "person.givenNames": "Practicia",
  "person.familyNames": "Sandbox",
  "person.sex": "FEMALE",
  "person.approxAge": "15",
  "lastSeen.country": "BZ",
  "lastSeen.region": "BZ-CY",
  "lastSeen.city": "San Ignacio",
  "lastSeen.date": "2026-03-01",
  "lastSeen.circumstances": "Did not come home.",
  "reporter.name": "Practice Mother",
  "reporter.relationship": "MOTHER",
  "reporter.phone": "+501 600 0000",
  "reporter.preferredLocale": "en",
};

describe("claimFromForm", () => {
  it("builds a claim the intake's schema accepts, never consenting to publication", () => {
    const parsed = ClaimInput.parse(claimFromForm(form));
    expect(parsed.person).toMatchObject({ givenNames: "Practicia", approxAge: 15, languages: [] });
    expect(parsed.lastSeen).toMatchObject({ country: "BZ", region: "BZ-CY", riskIndicators: [] });
    // Every publication consent is off; the cross-border level (decision 154) is not a consent to
    // publish and a sandbox claim is never another country's.
    const { crossBorder, ...publication } = parsed.consent;
    expect(Object.values(publication).every((v) => v === false)).toBe(true);
    expect(crossBorder).toBe("NETWORK");
  });

  it("ignores consent fields smuggled into the form", () => {
    const claim = claimFromForm({
      ...form,
      "consent.publishName": "true",
      "consent.guardianConfirmed": "on",
    });
    expect(claim.consent.publishName).toBe(false);
    expect(claim.consent.guardianConfirmed).toBe(false);
  });

  it("leaves missing fields empty so the schema reports them", () => {
    const result = ClaimInput.safeParse(claimFromForm({ submissionId: form.submissionId }));
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["person.givenNames", "lastSeen.city", "reporter.name"]));
  });
});
