// A lookup filter or match on a column the viewer's consent level hides must not select a claim:
// the result list would answer "yes, this card" to a question about what the family kept back.
// Also: the SQL form of the rule (consent-sql.ts) agrees with caseAccess on every combination.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import type { CrossBorderConsent } from "@/generated/prisma/enums";
import { caseAccess } from "@/server/consent";
import { cardAccessSql, fullAccessSql } from "@/server/consent-sql";
import type { Viewer } from "@/server/viewer";
import { closeAppTestDb, openAppTestDb, type TestDb } from "@/testing/test-db";
import { makeViewer } from "@/testing/viewers";
import { searchCases } from "./data";
import { SearchInput } from "./schemas";
import { fileCase } from "./test-fixtures";

let testDb: TestDb;
let policeBo: Viewer;
let policePe: Viewer;
let card: { id: string; caseNumber: string };
let sealed: { id: string; caseNumber: string };

const LAST_SEEN = new Date("2026-10-14T15:00:00Z");

beforeAll(async () => {
  testDb = await openAppTestDb();
  const db = testDb.db;
  policeBo = await makeViewer(db, "POLICE", "BO");
  policePe = await makeViewer(db, "POLICE", "PE");
  const region = await db.region.findFirstOrThrow({ where: { countryCode: "BO" }, select: { id: true } });
  const hidden = {
    traffickingFlag: true,
    regionId: region.id,
    lastSeenAt: LAST_SEEN,
    identityDocument: "8812345",
    reporterPhoneDigits: "59171234567",
  };
  card = await fileCase(db, "BO", { givenNames: "Filomena", familyNames: "Quispe Card" });
  await db.case.update({ where: { id: card.id }, data: { crossBorderConsent: "IDENTIFYING", ...hidden } });
  sealed = await fileCase(db, "BO", { givenNames: "Filomena", familyNames: "Quispe Sealed" });
  await db.case.update({
    where: { id: sealed.id },
    data: { sealedAt: new Date(), sex: "FEMALE", ...hidden },
  });
});
afterAll(() => closeAppTestDb(testDb));

const numbers = async (v: Viewer, input: Record<string, string>) =>
  (await searchCases(v, SearchInput.parse(input))).rows.map((r) => r.caseNumber);

describe("lookup filters respect the viewer's consent level", () => {
  const byName = { q: "Filomena Quispe" };
  const hiddenFilters: [string, Record<string, string>][] = [
    ["trafficking", { ...byName, trafficking: "on" }],
    ["last seen from", { ...byName, lastSeenFrom: "2026-10-14" }],
    ["last seen to", { ...byName, lastSeenTo: "2026-10-14" }],
    ["identity document", { q: "8812345" }],
    ["reporter's phone", { q: "+591 71234567" }],
  ];

  it.each(hiddenFilters)("%s: another country's card does not match; its own police do", async (_, input) => {
    expect(await numbers(policePe, input)).not.toContain(card.caseNumber);
    expect(await numbers(policeBo, input)).toContain(card.caseNumber);
  });

  it("region: another country's card does not match; its own police do", async () => {
    const { regionId } = await testDb.db.case.findUniqueOrThrow({
      where: { id: card.id },
      select: { regionId: true },
    });
    const input = { ...byName, regionId: regionId! };
    expect(await numbers(policePe, input)).not.toContain(card.caseNumber);
    expect(await numbers(policeBo, input)).toContain(card.caseNumber);
  });

  it("the card still answers to its name, and to what the card shows (sex)", async () => {
    expect(await numbers(policePe, byName)).toContain(card.caseNumber);
    const sex = (await testDb.db.case.findUniqueOrThrow({ where: { id: card.id }, select: { sex: true } }))
      .sex;
    expect(await numbers(policePe, { ...byName, sex })).toContain(card.caseNumber);
  });

  it("a card's row carries no date or place last seen", async () => {
    const row = (await searchCases(policePe, SearchInput.parse(byName))).rows.find(
      (r) => r.caseNumber === card.caseNumber,
    )!;
    expect([row.lastSeenAt, row.lastSeenCity, row.regionName, row.traffickingFlag]).toEqual([
      null,
      null,
      null,
      false,
    ]);
  });

  it("a sealed record outside the owning unit answers to its number only, not to its name, sex or trafficking", async () => {
    const ngoBo = await makeViewer(testDb.db, "NGO", "BO");
    // Its name is in searchName like any other: a name search must still not bring it up.
    expect(await numbers(ngoBo, byName)).not.toContain(sealed.caseNumber);
    expect(await numbers(policePe, byName)).not.toContain(sealed.caseNumber);
    expect(await numbers(ngoBo, { q: sealed.caseNumber })).toEqual([sealed.caseNumber]);
    expect(await numbers(ngoBo, { q: sealed.caseNumber, sex: "FEMALE" })).not.toContain(sealed.caseNumber);
    expect(await numbers(ngoBo, { ...byName, trafficking: "on" })).not.toContain(sealed.caseNumber);
    // The owning unit (the country's police while none is assigned) filters on everything.
    expect(await numbers(policeBo, { ...byName, sex: "FEMALE", trafficking: "on" })).toContain(
      sealed.caseNumber,
    );
  });
});

describe("the order of the rows tells nothing a card hides", () => {
  it("a card is ordered after the rows seen in full, not by its date last seen", async () => {
    const db = testDb.db;
    // Two claims PE police see in full, one last seen after the card's date and one before:
    // ordered by the hidden date, the card would sit between them and bracket that date.
    const after = await fileCase(db, "PE", { givenNames: "Filomena", familyNames: "Quispe Later" });
    const before = await fileCase(db, "PE", { givenNames: "Filomena", familyNames: "Quispe Earlier" });
    await db.case.update({ where: { id: after.id }, data: { lastSeenAt: new Date("2026-11-01T00:00:00Z") } });
    await db.case.update({
      where: { id: before.id },
      data: { lastSeenAt: new Date("2026-01-01T00:00:00Z") },
    });
    const order = await numbers(policePe, { q: "Filomena Quispe", sort: "date" });
    const at = (n: string) => order.indexOf(n);
    expect(at(after.caseNumber)).toBeGreaterThanOrEqual(0);
    expect(at(card.caseNumber)).toBeGreaterThan(at(before.caseNumber));
  });
});

describe("the SQL form of the consent rule agrees with caseAccess", () => {
  it("on every level × seal × assignment, for police, NGOs and an assigned unit's staff", async () => {
    const db = testDb.db;
    const org = await db.organization.create({
      data: { name: "Unidad de Trata", kind: "POLICE_UNIT", countryCode: "BO" },
      select: { id: true },
    });
    const levels: CrossBorderConsent[] = ["NETWORK", "IDENTIFYING", "OWN_COUNTRY"];
    const ids: string[] = [];
    for (const level of levels)
      for (const seal of [null, new Date()])
        for (const assignedOrgId of [null, org.id]) {
          const c = await fileCase(db, "BO", { givenNames: "Parity", familyNames: level });
          await db.case.update({
            where: { id: c.id },
            data: { crossBorderConsent: level, sealedAt: seal, assignedOrgId },
          });
          ids.push(c.id);
        }
    const viewers = [
      policeBo,
      policePe,
      await makeViewer(db, "NGO", "BO"),
      await makeViewer(db, "NGO", "PE"),
      await makeViewer(db, "POLICE", "BO", { organizationId: org.id }),
      await makeViewer(db, "POLICE", "PE", { organizationId: org.id }),
    ];
    const rows = await db.case.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        countryCode: true,
        crossBorderConsent: true,
        sealedAt: true,
        assignedOrgId: true,
        practiceSessionId: true,
      },
    });
    for (const v of viewers) {
      const sqlSet = async (cond: Prisma.Sql) =>
        new Set(
          (
            await db.$queryRaw<
              { id: string }[]
            >`SELECT c.id FROM "Case" c WHERE c.id = ANY(${ids}::uuid[]) AND ${cond}`
          ).map((r) => r.id),
        );
      const full = await sqlSet(fullAccessSql(v));
      const cardSet = await sqlSet(cardAccessSql(v));
      for (const r of rows) {
        const access = caseAccess(v, r);
        expect([
          v.role,
          v.countryCode,
          v.organizationId,
          r.crossBorderConsent,
          !!r.sealedAt,
          r.assignedOrgId,
          full.has(r.id),
        ]).toEqual([
          v.role,
          v.countryCode,
          v.organizationId,
          r.crossBorderConsent,
          !!r.sealedAt,
          r.assignedOrgId,
          access === "full",
        ]);
        expect(cardSet.has(r.id)).toBe(access === "full" || access === "identifying");
      }
    }
  });
});
