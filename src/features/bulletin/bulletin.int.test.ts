import { withTestDb } from "@/testing/with-test-db";
import { describe, expect, it } from "vitest";
import { withdrawConsent } from "@/features/intake/claim-status";
import { getBulletinCase, getPublicPhoto, listBulletin, searchBulletin } from "./data";
import { approveDemoPublications } from "./demo-approvals";
import { dobForAge, makeCase, makeTrainingSession } from "./test-helpers";

const env = withTestDb();

const onBulletin = async (publicId: string) => (await getBulletinCase(publicId)) !== null;
/** The case as the list shows it, looking through every page. */
async function fromList(publicId: string) {
  for (let page = 1; ; page++) {
    const list = await listBulletin({ page });
    const found = list.items.find((c) => c.publicId === publicId);
    if (found || page >= list.pageCount) return found ?? null;
  }
}
const listed = async (publicId: string) => (await fromList(publicId)) !== null;

describe("bulletin: which cases", () => {
  it("shows a verified adult who consented, on the list and on the poster", async () => {
    const c = await makeCase(env.db, { status: "VERIFIED" });
    expect(await onBulletin(c.publicId)).toBe(true);
    expect(await listed(c.publicId)).toBe(true);
  });

  it("never shows practice cases, withdrawn consent, located/closed/rejected, or duplicates", async () => {
    const session = await makeTrainingSession(env.db);
    const practice = await makeCase(env.db, { practiceSessionId: session.id });
    const withdrawn = await makeCase(env.db, { withdrawn: true });
    const hidden = [practice, withdrawn];
    for (const status of ["LOCATED_ALIVE", "LOCATED_DECEASED", "CLOSED", "REJECTED"] as const) {
      hidden.push(await makeCase(env.db, { status }));
    }
    const original = await makeCase(env.db, {});
    const dup = await makeCase(env.db, {});
    await env.db.case.update({ where: { id: dup.id }, data: { duplicateOfId: original.id } });
    hidden.push(dup);
    for (const c of hidden) {
      expect(await onBulletin(c.publicId), c.caseNumber).toBe(false);
      expect(await listed(c.publicId), c.caseNumber).toBe(false);
    }
  });

  it("needs something identifying: a consented name, or a consented photo that exists", async () => {
    const nothing = await makeCase(env.db, { consent: { name: false, photo: false } });
    const photoNoFile = await makeCase(env.db, { consent: { name: false, photo: true }, photos: 0 });
    const photo = await makeCase(env.db, { consent: { name: false, photo: true }, photos: 1 });
    const nameOnly = await makeCase(env.db, {
      consent: { name: true, photo: false, age: false, lastSeen: false },
    });
    expect(await onBulletin(nothing.publicId)).toBe(false);
    expect(await onBulletin(photoNoFile.publicId)).toBe(false);
    expect(await onBulletin(photo.publicId)).toBe(true);
    expect(await onBulletin(nameOnly.publicId)).toBe(true);
  });

  it("everyone needs an explicit staff approval, adults included, and revoking it takes them down", async () => {
    const verified = await makeCase(env.db, { status: "VERIFIED", approved: false });
    const active = await makeCase(env.db, { status: "ACTIVE", approved: false });
    const approved = await makeCase(env.db, { status: "ACTIVE" });
    expect(await onBulletin(verified.publicId)).toBe(false);
    expect(await onBulletin(active.publicId)).toBe(false);
    expect(await onBulletin(approved.publicId)).toBe(true);
    await env.db.case.update({ where: { id: approved.id }, data: { publicationApprovedAt: null } });
    expect(await onBulletin(approved.publicId)).toBe(false);
  });
});

describe("bulletin: minors", () => {
  const minor = { dateOfBirth: dobForAge(15), status: "ACTIVE" as const };

  it("needs guardian consent AND staff approval, whatever the status", async () => {
    const neither = await makeCase(env.db, { ...minor, approved: false });
    const guardianOnly = await makeCase(env.db, { ...minor, consent: { guardian: true }, approved: false });
    const approvalOnly = await makeCase(env.db, { ...minor });
    const both = await makeCase(env.db, { ...minor, consent: { guardian: true } });
    expect(await onBulletin(neither.publicId)).toBe(false);
    expect(await onBulletin(guardianOnly.publicId)).toBe(false);
    expect(await onBulletin(approvalOnly.publicId)).toBe(false);
    expect(await onBulletin(both.publicId)).toBe(true);
  });

  it("computes age from the date of birth today, or from the approximate age", async () => {
    const turns18Today = await makeCase(env.db, { dateOfBirth: dobForAge(18) });
    const approx16 = await makeCase(env.db, { dateOfBirth: null, approxAge: 16 });
    const approx40 = await makeCase(env.db, { dateOfBirth: null, approxAge: 40 });
    expect(await onBulletin(turns18Today.publicId)).toBe(true);
    expect(await onBulletin(approx16.publicId)).toBe(false);
    expect(await onBulletin(approx40.publicId)).toBe(true);
  });

  it("treats an unknown age as a minor", async () => {
    const unknown = await makeCase(env.db, { dateOfBirth: null, approxAge: null });
    expect(await onBulletin(unknown.publicId)).toBe(false);
    await env.db.case.update({ where: { id: unknown.id }, data: { guardianConfirmed: true } });
    expect(await onBulletin(unknown.publicId)).toBe(true);
  });
});

describe("bulletin: only consented fields", () => {
  const combos = Array.from({ length: 32 }, (_, i) => ({
    name: !!(i & 1),
    photo: !!(i & 2),
    age: !!(i & 4),
    lastSeen: !!(i & 8),
    description: !!(i & 16),
  })).filter((f) => f.name || f.photo);

  it.each(combos)("consent %o gives exactly those fields", async (consent) => {
    const c = await makeCase(env.db, {
      consent,
      photos: 1,
      givenNames: "Xiomara",
      familyNames: "Zapata Quenta",
      otherNames: "Xio",
      city: "Ciudad Secreta",
      clothing: "Chompa Bordada Granate",
      regionCode: "BO-L",
      dateOfBirth: "1990-05-17",
    });
    const dto = (await getBulletinCase(c.publicId))!;
    expect(dto).not.toBeNull();
    expect(Object.keys(dto).sort()).toEqual([
      "age",
      "countryCode",
      "description",
      "lastSeen",
      "name",
      "photos",
      "publicId",
    ]);
    expect(dto.name !== null).toBe(consent.name);
    expect(dto.photos.length > 0).toBe(consent.photo);
    expect(dto.age !== null).toBe(consent.age);
    expect(dto.lastSeen !== null).toBe(consent.lastSeen);
    expect(dto.description !== null).toBe(consent.description);
    if (consent.description) expect(dto.description?.clothing).toBe("Chompa Bordada Granate");
    const json = JSON.stringify(dto);
    // Never in any DTO: the case number, reporter, circumstances, documents, medical needs, internal id.
    for (const secret of [c.caseNumber, c.id, "Circunstancias", "1234567", "medicación", "1990-05-17"])
      expect(json).not.toContain(secret);
    if (!consent.name) for (const s of ["Xiomara", "Zapata", "Xio"]) expect(json).not.toContain(s);
    if (!consent.lastSeen) for (const s of ["Ciudad Secreta", "La Paz"]) expect(json).not.toContain(s);
    if (!consent.description) expect(json).not.toContain("Chompa Bordada");
    // The list gives the same DTO as the poster.
    expect(await fromList(c.publicId)).toEqual(dto);
  });
});

describe("bulletin: search", () => {
  it("finds a consented name even misspelled, never a name without consent", async () => {
    const named = await makeCase(env.db, {
      givenNames: "Wilfreda",
      familyNames: "Ticona Huanca",
      country: "PE",
      regionCode: "PE-PUN",
    });
    const secret = await makeCase(env.db, {
      givenNames: "Wilfreda",
      familyNames: "Ticona Huanca",
      country: "PE",
      regionCode: "PE-PUN",
      consent: { name: false, photo: true },
      photos: 1,
    });
    const byName = (await searchBulletin({ name: "wilfreda tikona" })).map((c) => c.publicId);
    expect(byName).toContain(named.publicId);
    expect(byName).not.toContain(secret.publicId);
    const byCountry = (await searchBulletin({ country: "PE" })).map((c) => c.publicId);
    expect(byCountry).toEqual(expect.arrayContaining([named.publicId, secret.publicId]));
  });

  it("matches a region only for cases that consented to publish where they were last seen", async () => {
    const open = await makeCase(env.db, { country: "CL", regionCode: "CL-AN" });
    const closed = await makeCase(env.db, {
      country: "CL",
      regionCode: "CL-AN",
      consent: { lastSeen: false },
    });
    const found = (await searchBulletin({ country: "CL", region: "CL-AN" })).map((c) => c.publicId);
    expect(found).toContain(open.publicId);
    expect(found).not.toContain(closed.publicId);
  });

  it("does not find practice or withdrawn cases by name", async () => {
    const session = await makeTrainingSession(env.db);
    const practice = await makeCase(env.db, {
      givenNames: "Eustaquia",
      familyNames: "Practicante",
      practiceSessionId: session.id,
    });
    const withdrawn = await makeCase(env.db, {
      givenNames: "Eustaquia",
      familyNames: "Practicante",
      withdrawn: true,
    });
    const found = (await searchBulletin({ name: "Eustaquia Practicante" })).map((c) => c.publicId);
    expect(found).not.toContain(practice.publicId);
    expect(found).not.toContain(withdrawn.publicId);
  });
});

describe("bulletin: leaving at once", () => {
  it("drops a case the moment it is located", async () => {
    const c = await makeCase(env.db, { status: "ACTIVE" });
    expect(await onBulletin(c.publicId)).toBe(true);
    await env.db.case.update({ where: { id: c.id }, data: { status: "LOCATED_ALIVE" } });
    expect(await onBulletin(c.publicId)).toBe(false);
    expect(await listed(c.publicId)).toBe(false);
  });

  it("keeps a sealed located adult off, even when the case is reopened with its approval", async () => {
    const c = await makeCase(env.db, {
      status: "ACTIVE",
      givenNames: "Clotilde",
      familyNames: "Resguardada",
      photos: 1,
    });
    const photo = await env.db.casePhoto.findFirstOrThrow({ where: { caseId: c.id } });
    // Located, sealed by the owning unit, then reopened (LOCATED_ALIVE -> ACTIVE keeps the approval).
    await env.db.case.update({ where: { id: c.id }, data: { status: "ACTIVE", sealedAt: new Date() } });
    expect(await onBulletin(c.publicId)).toBe(false);
    expect(await listed(c.publicId)).toBe(false);
    expect(await getPublicPhoto(photo.id)).toBeNull();
    const found = (await searchBulletin({ name: "Clotilde Resguardada" })).map((r) => r.publicId);
    expect(found).not.toContain(c.publicId);
    await env.db.case.update({ where: { id: c.id }, data: { sealedAt: null } });
    expect(await onBulletin(c.publicId)).toBe(true);
  });

  it("drops a case the moment the reporter withdraws consent on the tracking page", async () => {
    const c = await makeCase(env.db, { status: "ACTIVE", photos: 1 });
    const photo = await env.db.casePhoto.findFirstOrThrow({ where: { caseId: c.id } });
    expect(await onBulletin(c.publicId)).toBe(true);
    expect(await getPublicPhoto(photo.id)).not.toBeNull();
    await withdrawConsent(c.caseNumber, c.trackingCode);
    expect(await onBulletin(c.publicId)).toBe(false);
    expect(await listed(c.publicId)).toBe(false);
    expect(await getPublicPhoto(photo.id)).toBeNull();
  });
});

describe("bulletin: photos", () => {
  it("serves a photo only while its case is public and consented to photos", async () => {
    const shown = await makeCase(env.db, { photos: 1 });
    const noPhotoConsent = await makeCase(env.db, { photos: 1, consent: { photo: false } });
    const offBulletin = await makeCase(env.db, { photos: 1, approved: false });
    const photoOf = (caseId: string) => env.db.casePhoto.findFirstOrThrow({ where: { caseId } });
    expect(await getPublicPhoto((await photoOf(shown.id)).id)).not.toBeNull();
    expect(await getPublicPhoto((await photoOf(noPhotoConsent.id)).id)).toBeNull();
    expect(await getPublicPhoto((await photoOf(offBulletin.id)).id)).toBeNull();
  });
});

describe("demo approvals (seed)", () => {
  it("approve consenting adults and guardian-confirmed minors, never Belize or Bolivia", async () => {
    const adult = await makeCase(env.db, {
      country: "PE",
      regionCode: "PE-PUN",
      status: "ACTIVE",
      approved: false,
    });
    const minor = await makeCase(env.db, {
      country: "PE",
      regionCode: "PE-PUN",
      dateOfBirth: dobForAge(12),
      approved: false,
    });
    const bolivian = await makeCase(env.db, { country: "BO", status: "ACTIVE", approved: false });
    await approveDemoPublications(env.db);
    expect(await onBulletin(adult.publicId)).toBe(true);
    expect(await onBulletin(minor.publicId)).toBe(false);
    expect(await onBulletin(bolivian.publicId)).toBe(false);
  });
});
