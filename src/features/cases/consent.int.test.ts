// The family's cross-border consent level and the reason prompt, on a real database: the
// lookup, the case read and the access log of another country's police.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CrossBorderConsent } from "@/generated/prisma/enums";
import type { Viewer } from "@/server/viewer";
import { closeAppTestDb, openAppTestDb, type TestDb } from "@/testing/test-db";
import { makeViewer } from "@/testing/viewers";
import { getCaseForViewer, giveAccessReason, ReasonRequiredError, searchCases } from "./data";
import { SearchInput } from "./schemas";
import { fileCase } from "./test-fixtures";

let testDb: TestDb;
let policeBo: Viewer;
let policePe: Viewer;
const claims: Partial<Record<CrossBorderConsent, { id: string; caseNumber: string }>> = {};

beforeAll(async () => {
  testDb = await openAppTestDb();
  const db = testDb.db;
  policeBo = await makeViewer(db, "POLICE", "BO");
  policePe = await makeViewer(db, "POLICE", "PE");
  for (const level of ["NETWORK", "IDENTIFYING", "OWN_COUNTRY"] as const) {
    const c = await fileCase(db, "BO", { givenNames: "Rosario", familyNames: `Condori ${level}` });
    await db.case.update({ where: { id: c.id }, data: { crossBorderConsent: level } });
    claims[level] = c;
  }
});
afterAll(() => closeAppTestDb(testDb));

const claim = (l: CrossBorderConsent) => claims[l]!;
const logs = (caseId: string) =>
  testDb.db.caseAccessLog.findMany({
    where: { caseId },
    orderBy: { createdAt: "asc" },
    select: { userId: true, action: true, reason: true },
  });
const found = async (v: Viewer) =>
  (await searchCases(v, SearchInput.parse({ q: "Rosario Condori" }))).rows.map((r) => r.caseNumber).sort();

describe("consent levels in the data layer", () => {
  it("the lookup of another country never lists a claim kept to its own country", async () => {
    expect(await found(policeBo)).toEqual(
      Object.values(claims)
        .map((c) => c.caseNumber)
        .sort(),
    );
    expect(await found(policePe)).toEqual(
      [claim("NETWORK").caseNumber, claim("IDENTIFYING").caseNumber].sort(),
    );
    const rows = (await searchCases(policePe, SearchInput.parse({ q: "Rosario Condori" }))).rows;
    const card = rows.find((r) => r.caseNumber === claim("IDENTIFYING").caseNumber)!;
    const whole = rows.find((r) => r.caseNumber === claim("NETWORK").caseNumber)!;
    expect([card.lastSeenCity, card.regionName]).toEqual([null, null]);
    expect(whole.lastSeenCity).not.toBeNull();
    // The columns the rule reads never leave the data layer.
    expect(Object.keys(card)).not.toContain("crossBorderConsent");
  });

  it("a claim kept to its own country is not found abroad, and nothing is logged", async () => {
    const c = claim("OWN_COUNTRY");
    await expect(getCaseForViewer(policePe, c.caseNumber, "VIEW", "sighting")).rejects.toThrow(/notFound/);
    expect(await logs(c.id)).toEqual([]);
    // Its own country's police read it whole, without a reason.
    expect((await getCaseForViewer(policeBo, c.caseNumber, "VIEW")).access).toBe("full");
  });

  it("another country's officer is asked for a reason first; nothing is read or logged before", async () => {
    const c = claim("NETWORK");
    await expect(getCaseForViewer(policePe, c.caseNumber, "VIEW")).rejects.toBeInstanceOf(
      ReasonRequiredError,
    );
    expect(await logs(c.id)).toEqual([]);
    await giveAccessReason(policePe, { caseNumber: c.caseNumber, reason: "possible sighting in Puno" });
    const view = await getCaseForViewer(policePe, c.caseNumber, "VIEW");
    expect(view.access).toBe("full");
    expect(await logs(c.id)).toEqual([
      { userId: policePe.id, action: "REASON", reason: "possible sighting in Puno" },
      { userId: policePe.id, action: "VIEW", reason: "possible sighting in Puno" },
    ]);
  });

  it("a claim kept to its identifying card gives other countries that card only", async () => {
    const c = claim("IDENTIFYING");
    await giveAccessReason(policePe, { caseNumber: c.caseNumber, reason: "border check" });
    const view = await getCaseForViewer(policePe, c.caseNumber, "VIEW");
    expect(view.access).toBe("identifying");
    expect(Object.keys(view).sort()).toEqual(
      [
        "access",
        "approxAge",
        "caseNumber",
        "countryCode",
        "dateOfBirth",
        "familyNames",
        "givenNames",
        "id",
        "otherNames",
        "owningUnit",
        "photos",
        "sex",
        "status",
      ].sort(),
    );
    expect(JSON.stringify(view)).not.toMatch(/circumstances|reporter|lastSeen/);
    expect((await getCaseForViewer(policeBo, c.caseNumber, "VIEW")).access).toBe("full");
  });

  it("a reason for a claim out of reach is refused and writes nothing", async () => {
    const c = claim("OWN_COUNTRY");
    await expect(giveAccessReason(policePe, { caseNumber: c.caseNumber, reason: "curious" })).rejects.toThrow(
      /notFound/,
    );
    expect((await logs(c.id)).filter((l) => l.userId === policePe.id)).toEqual([]);
  });
});
