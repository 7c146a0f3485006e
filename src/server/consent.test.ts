// The consent table: policy (role) x viewer country x the family's consent level -> the fields
// the viewer gets. Every pair is listed, so a change to the rule changes this table on purpose.
import { viewerOf } from "@/testing/viewers";
import { describe, expect, it } from "vitest";
import type { CrossBorderConsent, Role } from "@/generated/prisma/enums";
import { caseReadAccess, caseSearchAccess, pfifReadAccess } from "./policy";
import { caseAccess, needsAccessReason, projectCase, VISIBLE_FIELDS, type ConsentFacts } from "./consent";
import { caseWhere, scopeAdmitsCase } from "./scope";
import { scopeSql } from "./scope-sql";

const row = {
  caseNumber: "BO-2026-000001",
  countryCode: "BO",
  status: "ACTIVE",
  givenNames: "Ana",
  familyNames: "Quispe",
  otherNames: null,
  sex: "FEMALE",
  dateOfBirth: null,
  approxAge: 16,
  photos: [],
  circumstances: "left for work",
  reporterPhone: "+591 7000000",
  lastSeenCity: "El Alto",
};
const IDENTIFYING = [...VISIBLE_FIELDS.identifying].filter((f) => f in row).sort();

/** The fields a viewer gets of the BO claim: null when it is out of their reach altogether. */
function visible(role: Role, country: string, consent: CrossBorderConsent, extra = {}) {
  const viewer = viewerOf({ role, countryCode: country, ...extra });
  const facts: ConsentFacts = {
    countryCode: "BO",
    crossBorderConsent: consent,
    sealedAt: null,
    assignedOrgId: null,
    practiceSessionId: null,
  };
  if (!scopeAdmitsCase(caseReadAccess(viewer), facts)) return null;
  const access = caseAccess(viewer, facts);
  if (access === "hidden") return null;
  const shown = Object.keys(projectCase(access, row)).sort();
  return shown.length === Object.keys(row).length ? "all" : shown;
}

type Expect = "all" | string[] | null;
const TABLE: [Role, string, Record<CrossBorderConsent, Expect>][] = [
  ["POLICE", "BO", { NETWORK: "all", IDENTIFYING: "all", OWN_COUNTRY: "all" }],
  ["POLICE", "PE", { NETWORK: "all", IDENTIFYING: IDENTIFYING, OWN_COUNTRY: null }],
  ["NGO", "BO", { NETWORK: "all", IDENTIFYING: "all", OWN_COUNTRY: "all" }],
  ["NGO", "PE", { NETWORK: null, IDENTIFYING: null, OWN_COUNTRY: null }],
  ["ADMIN", "BO", { NETWORK: "all", IDENTIFYING: "all", OWN_COUNTRY: "all" }],
  ["ADMIN", "PE", { NETWORK: null, IDENTIFYING: null, OWN_COUNTRY: null }],
  ["MIGRATION", "BO", { NETWORK: null, IDENTIFYING: null, OWN_COUNTRY: null }],
  ["FORENSIC", "BO", { NETWORK: null, IDENTIFYING: null, OWN_COUNTRY: null }],
  ["TRAINER", "BO", { NETWORK: null, IDENTIFYING: null, OWN_COUNTRY: null }],
];

describe("consent table: role x viewer country x consent level -> visible fields", () => {
  for (const [role, country, byLevel] of TABLE)
    for (const [level, expected] of Object.entries(byLevel) as [CrossBorderConsent, Expect][])
      it(`${role} of ${country}, consent ${level}: ${expected === null ? "nothing" : expected === "all" ? "everything" : "the card"}`, () => {
        expect(visible(role, country, level)).toEqual(expected);
      });

  it("the super-admin of another country is held to the family's choice too", () => {
    expect(visible("ADMIN", "PE", "NETWORK", { isSuperAdmin: true })).toBe("all");
    expect(visible("ADMIN", "PE", "IDENTIFYING", { isSuperAdmin: true })).toEqual(IDENTIFYING);
    expect(visible("ADMIN", "PE", "OWN_COUNTRY", { isSuperAdmin: true })).toBeNull();
  });

  it("a token's countries do not lift the choice: the lookup and PFIF scopes carry it", () => {
    const api = {
      tokenId: "t",
      scopes: ["cases:search" as const, "pfif:read" as const],
      countryCodes: ["BO", "PE"],
    };
    const token = viewerOf({ role: "POLICE", countryCode: "PE", api });
    for (const scope of [caseSearchAccess(token), pfifReadAccess(token)])
      expect(scope).toEqual({ kind: "countries", codes: ["BO", "PE"], home: "PE" });
  });
});

describe("the three adapters agree on the consent rule", () => {
  const police = viewerOf({ role: "POLICE", countryCode: "PE" });
  it("Prisma", () => {
    expect(caseWhere(caseReadAccess(police))).toEqual({
      practiceSessionId: null,
      NOT: { crossBorderConsent: "OWN_COUNTRY", countryCode: { not: "PE" } },
    });
  });
  it("SQL", () => {
    const s = scopeSql(caseReadAccess(police));
    expect(s.sql).toBe(
      `(c."practiceSessionId" IS NULL AND c."deletedAt" IS NULL AND (c."countryCode" = ? OR c."crossBorderConsent" <> 'OWN_COUNTRY'::"CrossBorderConsent"))`,
    );
    expect(s.values).toEqual(["PE"]);
    // Found records carry no consent level: the same scope reads them unchanged.
    expect(scopeSql(caseReadAccess(police), "f", "found").sql).toBe(`(f."practiceSessionId" IS NULL)`);
  });
});

describe("sealed records and the reason prompt", () => {
  const sealed: ConsentFacts = {
    countryCode: "BO",
    crossBorderConsent: "NETWORK",
    sealedAt: new Date(),
    assignedOrgId: "org-1",
    practiceSessionId: null,
  };
  it("only the owning unit sees a sealed record whole", () => {
    expect(caseAccess(viewerOf({ role: "POLICE", countryCode: "BO", organizationId: "org-1" }), sealed)).toBe(
      "full",
    );
    expect(caseAccess(viewerOf({ role: "POLICE", countryCode: "BO", organizationId: "org-2" }), sealed)).toBe(
      "sealed",
    );
    expect(caseAccess(viewerOf({ role: "NGO", countryCode: "BO" }), sealed)).toBe("sealed");
    expect(caseAccess(viewerOf({ role: "POLICE", countryCode: "PE" }), sealed)).toBe("sealed");
    // Unassigned: the police of the country are the owning unit.
    expect(
      caseAccess(viewerOf({ role: "POLICE", countryCode: "BO" }), { ...sealed, assignedOrgId: null }),
    ).toBe("full");
    expect(Object.keys(projectCase("sealed", row)).sort()).toEqual([...VISIBLE_FIELDS.sealed].sort());
  });
  it("asks a reason for another country's claim and for a sealed one, not for one's own", () => {
    const own = { ...sealed, sealedAt: null };
    expect(needsAccessReason(viewerOf({ countryCode: "BO" }), own)).toBe(false);
    expect(needsAccessReason(viewerOf({ countryCode: "PE" }), own)).toBe(true);
    expect(needsAccessReason(viewerOf({ countryCode: "BO" }), sealed)).toBe(true);
    expect(needsAccessReason(viewerOf({ countryCode: "BO" }), { ...own, practiceSessionId: "s" })).toBe(
      false,
    );
  });
});
