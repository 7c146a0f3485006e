// A unit's phone and hours for families: set by an admin of its country (validated, audited),
// refused to another country's admin and to staff without writing anything; what the receipt
// then gives (the unit's line, else the national one).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { receiptContact } from "@/features/intake/contact-point";
import { fileCase } from "@/features/cases/test-fixtures";
import { POLICE_CONTACTS } from "@/lib/police-contacts";
import { NotFoundError } from "@/server/errors";
import { closeAppTestDb, type TestDb } from "@/testing/test-db";
import { updateOrganizationContact } from "./organizations-data";
import { OrganizationContactInput } from "./schemas";
import { createAdminTestWorld, type TwoCountries } from "./testing";

let testDb: TestDb;
let f: TwoCountries;
let orgId: string;

beforeAll(async () => {
  ({ testDb, f } = await createAdminTestWorld());
  const org = await testDb.db.organization.create({
    data: { name: "Belize City Police Station", kind: "POLICE_UNIT", countryCode: "BZ" },
  });
  orgId = org.id;
});
afterAll(() => closeAppTestDb(testDb));

const input = (o: Record<string, string>) =>
  OrganizationContactInput.safeParse({ organizationId: orgId, ...o });

describe("OrganizationContactInput", () => {
  it("accepts a phone with hours, or both blank", () => {
    expect(input({ contactPhone: " +501 227 2210 ", contactHours: "1-5  08:00-17:00" }).data).toMatchObject({
      contactPhone: "+501 227 2210",
      contactHours: "1-5 08:00-17:00",
    });
    expect(input({ contactPhone: "", contactHours: "" }).data).toMatchObject({
      contactPhone: null,
      contactHours: null,
    });
  });

  it("refuses a bad phone, unreadable hours, and a phone without hours, with translated keys", () => {
    const issues = (o: Record<string, string>) => input(o).error?.issues.map((i) => [i.path[0], i.message]);
    expect(issues({ contactPhone: "call us", contactHours: "always" })).toEqual([
      ["contactPhone", "admin:errors.phoneInvalid"],
    ]);
    expect(issues({ contactPhone: "911", contactHours: "weekdays" })).toEqual([
      ["contactHours", "admin:errors.hoursInvalid"],
    ]);
    expect(issues({ contactPhone: "911", contactHours: "" })).toEqual([
      ["contactHours", "admin:errors.hoursRequired"],
    ]);
  });
});

describe("updateOrganizationContact", () => {
  const data = { organizationId: "", contactPhone: "+501 227 2210", contactHours: "1-5 08:00-17:00" };

  it("is refused outside the admin's country and to staff; nothing is written", async () => {
    const d = { ...data, organizationId: orgId };
    await expect(updateOrganizationContact(f.adminBo, d)).rejects.toThrow(NotFoundError);
    await expect(updateOrganizationContact(f.policeBz, d)).rejects.toThrow();
    const org = await testDb.db.organization.findUniqueOrThrow({ where: { id: orgId } });
    expect(org.contactPhone).toBeNull();
    expect(await testDb.db.auditEvent.count({ where: { targetId: orgId } })).toBe(0);
  });

  it("sets the line with one audit row; the receipt of a claim in the country then gives it", async () => {
    const c = await fileCase(testDb.db, "BZ");
    expect(await receiptContact(c.caseNumber)).toEqual(POLICE_CONTACTS.BZ); // no phone yet: the national line
    await updateOrganizationContact(f.adminBz, { ...data, organizationId: orgId });
    await updateOrganizationContact(f.adminBz, { ...data, organizationId: orgId }); // unchanged: no second row
    const rows = await testDb.db.auditEvent.findMany({
      where: { targetId: orgId, action: "organization.update" },
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.after).toMatchObject({ contactPhone: "+501 227 2210", contactHours: "1-5 08:00-17:00" });
    expect(await receiptContact(c.caseNumber)).toEqual({
      name: "Belize City Police Station",
      phone: "+501 227 2210",
      hours: [{ from: 1, to: 5, opens: "08:00", closes: "17:00" }],
    });
    // A sealed record gives the national line, as its track page does.
    await testDb.db.case.update({ where: { id: c.id }, data: { sealedAt: new Date() } });
    expect(await receiptContact(c.caseNumber)).toEqual(POLICE_CONTACTS.BZ);
  });
});
