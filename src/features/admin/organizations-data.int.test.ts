import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotFoundError } from "@/server/errors";
import type { TestDb } from "@/testing/test-db";
import { createOrganization, getPlacementOptions, listOrganizations } from "./organizations-data";
import { createAdminTestWorld, type TwoCountries } from "./testing";
import { closeAppTestDb } from "@/testing/test-db";

let testDb: TestDb;
let f: TwoCountries;

beforeAll(async () => {
  ({ testDb, f } = await createAdminTestWorld());
});
afterAll(() => closeAppTestDb(testDb));

describe("organisations", () => {
  const org = { name: "Unidad de Prueba", kind: "POLICE_UNIT" as const, countryCode: "BZ", regionId: null };

  it("an admin of another country cannot create one here, and nothing is written", async () => {
    await expect(createOrganization(f.adminBo, org)).rejects.toThrow(NotFoundError);
    await expect(createOrganization(f.policeBz, org)).rejects.toThrow(NotFoundError);
    expect(await testDb.db.organization.count({ where: { name: org.name } })).toBe(0);
  });

  it("creates one in the admin's country, refuses a duplicate name, and lists it only there", async () => {
    await createOrganization(f.adminBz, org);
    await expect(createOrganization(f.adminBz, org)).rejects.toThrow("admin:errors.organizationTaken");
    expect((await listOrganizations(f.adminBz)).map((o) => o.name)).toContain(org.name);
    expect((await listOrganizations(f.adminBo)).map((o) => o.name)).not.toContain(org.name);
  });

  it("offers only the admin's own country, regions and organisations", async () => {
    const options = await getPlacementOptions(f.adminBo);
    expect(options.countries).toEqual(["BO"]);
    expect(new Set(options.regions.map((r) => r.countryCode))).toEqual(new Set(["BO"]));
    expect((await getPlacementOptions(f.superAdmin)).countries.length).toBe(9);
  });
});
