import { withTestDb } from "@/testing/with-test-db";
import { describe, expect, it } from "vitest";
import { goodClaim } from "./claim-fixtures";
import { ClaimNotFoundError, getClaimStatus, withdrawConsent } from "./claim-status";
import { fileClaim } from "./file-claim";

const env = withTestDb({ uploads: true });

async function filed() {
  const res = await fileClaim(goodClaim());
  return { caseNumber: res.caseNumber, code: res.trackingCode! };
}

describe("getClaimStatus", () => {
  it("shows status, last update and a contact point, and accepts the code as people type it", async () => {
    const { caseNumber, code } = await filed();
    const status = await getClaimStatus(
      ` ${caseNumber.toLowerCase()} `,
      code.toLowerCase().replace(/-/g, " "),
    );
    expect(status).toMatchObject({
      caseNumber,
      status: "REPORTED",
      countryCode: "BO",
      contact: { kind: "network", countryCode: "BO" },
      publication: { photo: true, name: true, age: true, lastSeen: false },
      consentWithdrawnAt: null,
    });
    expect(Date.now() - status.lastUpdate.getTime()).toBeLessThan(60_000);
    // Only these keys: nothing internal (notes, staff, reporter data) can leak through the DTO.
    expect(Object.keys(status).sort()).toEqual(
      [
        "caseNumber",
        "status",
        "filedAt",
        "lastUpdate",
        "countryCode",
        "contact",
        "publication",
        "consentWithdrawnAt",
        // Who abroad may see the claim: the family's own choice, shown so they can change it.
        "crossBorderConsent",
        // Staff's question to the family: text written for the reporter to read (decision 081).
        "infoRequest",
        // Whether the reporter gets news by email (their own choice, shown so they can stop it).
        "emailUpdates",
        // The same for news by text message (decision 153).
        "smsUpdates",
        "findability",
        // Whether staff merged this report into another one of the same person (decision 091).
        "merged",
        // Whether the person, a located adult, asked not to be found: a yes/no, never why (decision 154).
        "sealed",
      ].sort(),
    );
    // What would help the engine find her: the claim has no photo; it has a date of birth.
    expect(status.findability).toContain("photo");
    expect(status.findability).not.toContain("dateOfBirth");
  });

  it("names the police unit of the country once one exists, and the assigned one first", async () => {
    const { caseNumber, code } = await filed();
    await env.db.organization.create({
      data: {
        name: "Red ONG (test)",
        kind: "NGO",
        countryCode: "BO",
        contactPhone: "+591 2 555 0100",
        contactHours: "1-5 08:00-16:30",
      },
    });
    await env.db.organization.create({
      data: { name: "FELCC (test)", kind: "POLICE_UNIT", countryCode: "BO" },
    });
    // A unit without a phone of its own: the track page falls back to the national line.
    expect((await getClaimStatus(caseNumber, code)).contact).toEqual({
      kind: "organization",
      name: "FELCC (test)",
      contactPhone: null,
      contactHours: null,
    });
    const ngo = await env.db.organization.findFirstOrThrow({ where: { name: "Red ONG (test)" } });
    await env.db.case.update({ where: { caseNumber }, data: { assignedOrgId: ngo.id } });
    expect((await getClaimStatus(caseNumber, code)).contact).toEqual({
      kind: "organization",
      name: "Red ONG (test)",
      contactPhone: "+591 2 555 0100",
      contactHours: "1-5 08:00-16:30",
    });
  });

  it("gives the same error for a wrong code and an unknown case number", async () => {
    const { caseNumber, code } = await filed();
    const other = await filed();
    const wrong = await getClaimStatus(caseNumber, other.code).catch((e: unknown) => e);
    const unknown = await getClaimStatus("BO-1999-000001", code).catch((e: unknown) => e);
    const garbage = await getClaimStatus("", "").catch((e: unknown) => e);
    for (const e of [wrong, unknown, garbage]) {
      expect(e).toBeInstanceOf(ClaimNotFoundError);
      expect((e as ClaimNotFoundError).key).toBe("track:errors.notFound");
    }
  });
});

describe("withdrawConsent", () => {
  it("clears every publish flag and approval at once, with one REPORTER event", async () => {
    const { caseNumber, code } = await filed();
    await env.db.case.update({ where: { caseNumber }, data: { publicationApprovedAt: new Date() } });
    const { withdrawnAt } = await withdrawConsent(caseNumber, code);
    const row = await env.db.case.findUniqueOrThrow({ where: { caseNumber }, include: { events: true } });
    expect(row).toMatchObject({
      consentWithdrawnAt: withdrawnAt,
      consentPublishPhoto: false,
      consentPublishName: false,
      consentPublishAge: false,
      consentPublishLastSeen: false,
      publicationApprovedAt: null,
    });
    const event = row.events.find((e) => e.type === "CONSENT_WITHDRAWN");
    expect(event).toMatchObject({ actorKind: "REPORTER", oldValue: "photo,name,age", newValue: "none" });
    // Twice (a double click, a reload): still one event.
    await withdrawConsent(caseNumber, code);
    const events = await env.db.caseEvent.count({
      where: { case: { caseNumber }, type: "CONSENT_WITHDRAWN" },
    });
    expect(events).toBe(1);
    expect((await getClaimStatus(caseNumber, code)).consentWithdrawnAt).toEqual(withdrawnAt);
  });

  it("with a wrong code changes nothing", async () => {
    const { caseNumber } = await filed();
    const other = await filed();
    await expect(withdrawConsent(caseNumber, other.code)).rejects.toBeInstanceOf(ClaimNotFoundError);
    const row = await env.db.case.findUniqueOrThrow({ where: { caseNumber } });
    expect(row.consentWithdrawnAt).toBeNull();
    expect(row.consentPublishName).toBe(true);
    expect(await env.db.caseEvent.count({ where: { caseId: row.id, type: "CONSENT_WITHDRAWN" } })).toBe(0);
  });
});
