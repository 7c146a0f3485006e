// The neighbour table that cross-border alerts read: seeded with the land borders, edited by a
// super-admin only (every edit on the audit trail, both directions), and what the intake's alerts
// follow at once — a removed pair stops alerting, an added one starts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotFoundError } from "@/server/errors";
import { closeAppTestDb, type TestDb } from "@/testing/test-db";
import { goodClaim } from "@/features/intake/claim-fixtures";
import { fileClaim } from "@/features/intake/file-claim";
import { addNeighbourPair, listNeighbourPairs, removeNeighbourPair } from "./neighbours-data";
import { createAdminTestWorld, type TwoCountries } from "./testing";

let testDb: TestDb;
let f: TwoCountries;

beforeAll(async () => {
  ({ testDb, f } = await createAdminTestWorld());
});
afterAll(() => closeAppTestDb(testDb));

async function alertedBy(claim: ReturnType<typeof goodClaim>) {
  const filed = await fileClaim(claim);
  const c = await testDb.db.case.findUniqueOrThrow({ where: { caseNumber: filed.caseNumber } });
  const items = await testDb.db.inboxItem.findMany({ where: { caseId: c.id, kind: "ALERT" } });
  return items.map((i) => i.audienceCountryCode).sort();
}

describe("neighbouring countries", () => {
  it("the seed stores the land borders both ways and lists each pair once", async () => {
    expect(await testDb.db.countryNeighbour.count()).toBe(12);
    expect((await listNeighbourPairs(f.adminBz)).map((p) => `${p.a}-${p.b}`)).toEqual([
      "BO-CL",
      "BO-PE",
      "BZ-GT",
      "CL-PE",
      "CR-NI",
      "EC-PE",
    ]);
  });

  it("only a super-admin edits the table; refusals write nothing", async () => {
    const before = await testDb.db.countryNeighbour.count();
    const audits = await testDb.db.auditEvent.count();
    for (const v of [f.adminBz, f.policeBz, f.trainerBz])
      await expect(addNeighbourPair(v, { countryCode: "BO", neighbourCode: "EC" })).rejects.toThrow(
        NotFoundError,
      );
    await expect(removeNeighbourPair(f.adminBo, { countryCode: "BO", neighbourCode: "PE" })).rejects.toThrow(
      NotFoundError,
    );
    await expect(listNeighbourPairs(f.policeBz)).rejects.toThrow(NotFoundError);
    await expect(addNeighbourPair(f.superAdmin, { countryCode: "BO", neighbourCode: "PE" })).rejects.toThrow(
      "admin:neighbours.errors.exists",
    );
    await expect(addNeighbourPair(f.superAdmin, { countryCode: "BO", neighbourCode: "XX" })).rejects.toThrow(
      "admin:errors.invalidChoice",
    );
    await expect(
      removeNeighbourPair(f.superAdmin, { countryCode: "BO", neighbourCode: "BZ" }),
    ).rejects.toThrow(NotFoundError);
    expect(await testDb.db.countryNeighbour.count()).toBe(before);
    expect(await testDb.db.auditEvent.count()).toBe(audits);
  });

  it("alerts follow the table: removing BO-PE stops Peru's alert, adding BO-EC starts Ecuador's", async () => {
    expect(await alertedBy(goodClaim())).toEqual(["CL", "PE"]);

    await removeNeighbourPair(f.superAdmin, { countryCode: "PE", neighbourCode: "BO" });
    await addNeighbourPair(f.superAdmin, { countryCode: "BO", neighbourCode: "EC" });
    expect(await alertedBy(goodClaim())).toEqual(["CL", "EC"]);

    const trail = await testDb.db.auditEvent.findMany({
      where: { targetType: "CountryNeighbour" },
      select: {
        action: true,
        targetId: true,
        countryCode: true,
        before: true,
        after: true,
        actorUserId: true,
      },
      orderBy: [{ action: "asc" }, { targetId: "asc" }],
    });
    expect(trail.map((e) => [e.action, e.targetId, e.countryCode])).toEqual([
      ["neighbour.add", "BO-EC", "BO"],
      ["neighbour.add", "EC-BO", "EC"],
      ["neighbour.remove", "BO-PE", "BO"],
      ["neighbour.remove", "PE-BO", "PE"],
    ]);
    expect(trail.every((e) => e.actorUserId === f.superAdmin.id)).toBe(true);
    expect(trail[0]!.after).toEqual({ countryCode: "BO", neighbourCode: "EC" });
    expect(trail[2]!.before).toEqual({ countryCode: "BO", neighbourCode: "PE" });
  });
});
