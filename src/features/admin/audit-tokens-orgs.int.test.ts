// Decision 141's trail for the admin changes audit-events.int.test does not walk: creating an
// organisation, and creating and revoking a partner token. One row each, written with the change,
// naming the actor and the country; the token's prefix and never its secret; a refused call
// writes no row.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiToken, revokeApiToken } from "@/features/partners/token-data";
import { TokenInput } from "@/features/partners/schemas";
import { splitToken } from "@/features/partners/token-secret";
import { closeAppTestDb, type TestDb } from "@/testing/test-db";
import { createOrganization } from "./organizations-data";
import { createAdminTestWorld, type TwoCountries } from "./testing";

let testDb: TestDb;
let f: TwoCountries;
beforeAll(async () => {
  ({ testDb, f } = await createAdminTestWorld());
});
afterAll(() => closeAppTestDb(testDb));

const rows = (action: string) =>
  testDb.db.auditEvent.findMany({
    where: { action },
    select: { actorUserId: true, countryCode: true, targetId: true, before: true, after: true },
  });

describe("audit rows for organisations and partner tokens", () => {
  let orgId: string;

  it("creating an organisation: one row with the new record", async () => {
    orgId = (
      await createOrganization(f.adminBz, {
        name: "Unidad Auditada",
        kind: "POLICE_UNIT",
        countryCode: "BZ",
        regionId: null,
      })
    ).id;
    const [row, ...more] = await rows("organization.create");
    expect(more).toEqual([]);
    expect(row).toMatchObject({ actorUserId: f.adminBz.id, countryCode: "BZ", targetId: orgId });
    expect(row!.after).toMatchObject({ name: "Unidad Auditada", kind: "POLICE_UNIT" });
  });

  it("a token: created and revoked, each one row, with its prefix and never its secret", async () => {
    const input = TokenInput.parse({
      name: "Sistema policial",
      organizationId: orgId,
      scopes: ["cases:read"],
      countryCodes: ["BZ"],
    });
    // Another country's admin is refused, and nothing is written.
    await expect(createApiToken(f.adminBo, input)).rejects.toThrow();
    expect(await rows("apiToken.create")).toEqual([]);

    const { id, token } = await createApiToken(f.adminBz, input);
    const [created, ...more] = await rows("apiToken.create");
    expect(more).toEqual([]);
    expect(created).toMatchObject({ actorUserId: f.adminBz.id, countryCode: "BZ", targetId: id });
    const { prefix, secret } = splitToken(token)!;
    expect((created!.after as { prefix: string }).prefix).toBe(prefix);
    expect(JSON.stringify(created)).not.toContain(secret);
    expect(JSON.stringify(created)).not.toMatch(/hash|secret/i);

    await revokeApiToken(f.adminBz, { id });
    const [revoked] = await rows("apiToken.revoke");
    expect(revoked).toMatchObject({ actorUserId: f.adminBz.id, countryCode: "BZ", targetId: id });
    expect(revoked!.before).toEqual({ revokedAt: null });
    expect((revoked!.after as { revokedAt: string }).revokedAt).toBeTruthy();
  });
});
