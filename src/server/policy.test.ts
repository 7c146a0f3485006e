import { viewerOf } from "@/testing/viewers";
import { describe, expect, it } from "vitest";
import { Role } from "@/generated/prisma/enums";
import {
  can,
  canReadInstitution,
  caseReadScope,
  caseWriteScope,
  canSetFoundStatus,
  canSetStatus,
  foundReadScope,
  foundUnsealedWhere,
  foundWriteScope,
  LIVE_PAIR,
  matchReadScope,
  matchReviewScope,
  PERMISSIONS,
  type Permission,
  retentionCountry,
  SYSTEM_ACTOR,
  systemCan,
} from "./policy";
import type { Viewer } from "./viewer";
import { fullAccessWhere } from "./consent";

const viewer = (role: Role, extra: Partial<Viewer> = {}) =>
  viewerOf({ id: "u1", role, countryCode: "BZ", ...extra });

// The full expected table: every role x permission pair is listed, so adding a permission
// without deciding it for each role fails this test.
const EXPECTED: Record<Role, Permission[]> = {
  POLICE: [
    "case:search",
    "case:read",
    "case:readReporterContact",
    "case:updateStatus",
    "case:verify",
    "case:addNote",
    "case:flagTrafficking",
    "case:assign",
    "case:markDuplicate",
    "case:approvePublication",
    "case:decideRemoval",
    "case:seal",
    "case:readTips",
    "case:requestOwner",
    "inbox:read",
    "stats:readExact",
    "found:search",
    "found:read",
    "found:create",
    "found:updateStatus",
    "found:addNote",
    "found:readInstitution",
    "pfif:read",
    "pfif:write",
    "match:read",
    "match:review",
  ],
  NGO: [
    "case:search",
    "case:read",
    "case:readReporterContact",
    "case:updateStatus",
    "case:addNote",
    "case:flagTrafficking",
    "case:readTips",
    "inbox:read",
    "stats:readExact",
    "found:search",
    "found:read",
    "found:create",
    "found:updateStatus",
    "found:addNote",
    "pfif:read",
    "pfif:write",
    "match:read",
  ],
  MIGRATION: [
    "found:search",
    "found:read",
    "found:create",
    "found:updateStatus",
    "found:addNote",
    "found:readInstitution",
  ],
  FORENSIC: [
    "found:search",
    "found:read",
    "found:create",
    "found:updateStatus",
    "found:addNote",
    "found:readInstitution",
  ],
  TRAINER: ["training:read", "training:manage", "training:editQuestions", "training:setTargets"],
  ADMIN: [
    "case:search",
    "case:read",
    "case:readAccessLog",
    "user:manage",
    "organization:manage",
    "reference:manage",
    "training:read",
    "training:editQuestions",
    "training:setTargets",
    "stats:readExact",
    "found:search",
    "found:read",
    "pfif:write",
    "apiToken:manage",
    "match:rematch",
    "message:manage",
    "audit:read",
    "neighbour:manage",
    "retention:manage",
  ],
};

describe("policy table", () => {
  for (const role of Object.values(Role)) {
    for (const permission of PERMISSIONS) {
      const expected = EXPECTED[role].includes(permission);
      it(`${role} ${expected ? "may" : "may not"} ${permission}`, () => {
        expect(can(viewer(role), permission)).toBe(expected);
      });
    }
  }
  it("nobody signed out may do anything", () => {
    for (const p of PERMISSIONS) expect(can(null, p)).toBe(false);
  });
  for (const permission of PERMISSIONS) {
    const expected = permission === "retention:apply";
    it(`the system actor ${expected ? "may" : "may not"} ${permission}`, () => {
      expect(systemCan(SYSTEM_ACTOR, permission)).toBe(expected);
    });
  }
});

describe("retention rules", () => {
  it("a super-admin edits the network defaults, a country admin their country's rules", () => {
    expect(retentionCountry(viewer("ADMIN", { isSuperAdmin: true }))).toEqual({ countryCode: null });
    expect(retentionCountry(viewer("ADMIN"))).toEqual({ countryCode: "BZ" });
  });
  it("nobody else, and no practice login", () => {
    expect(retentionCountry(viewer("POLICE"))).toBeNull();
    expect(retentionCountry(viewer("ADMIN", { practiceSessionId: "s1" }))).toBeNull();
  });
});

describe("scopes", () => {
  it("police read every country's real cases but write only their own", () => {
    // Other countries' claims only where the family let them cross the border (consent.test.ts).
    expect(caseReadScope(viewer("POLICE"))).toEqual({
      practiceSessionId: null,
      NOT: { crossBorderConsent: "OWN_COUNTRY", countryCode: { not: "BZ" } },
    });
    expect(caseWriteScope(viewer("POLICE"), "case:addNote")).toEqual({
      practiceSessionId: null,
      countryCode: "BZ",
    });
  });
  it("NGO users read only their country", () => {
    expect(caseReadScope(viewer("NGO", { countryCode: "BO" }))).toEqual({
      practiceSessionId: null,
      countryCode: "BO",
    });
  });
  it("trainers read no case", () => {
    expect(caseReadScope(viewer("TRAINER"))).toEqual({ id: { in: [] } });
  });
  it("practice logins see only their sandbox", () => {
    expect(caseReadScope(viewer("POLICE", { practiceSessionId: "s1" }))).toEqual({ practiceSessionId: "s1" });
  });
  it("NGO users cannot locate, close or reject a case", () => {
    const ngo = viewer("NGO");
    expect(canSetStatus(ngo, "ACTIVE")).toBe(true);
    for (const s of ["LOCATED_ALIVE", "LOCATED_DECEASED", "CLOSED", "REJECTED", "VERIFIED"] as const) {
      expect(canSetStatus(ngo, s)).toBe(false);
    }
    expect(canSetStatus(viewer("POLICE"), "CLOSED")).toBe(true);
  });
});

describe("found-person scopes", () => {
  const none = { id: { in: [] } };
  // A record identifying a claim sealed from the viewer is sealed with it (decision 154).
  const read = (v: Viewer, where: object) => ({ AND: [where, foundUnsealedWhere(v)] });
  it("police read found records of every country and write only their own", () => {
    expect(foundReadScope(viewer("POLICE"))).toEqual(read(viewer("POLICE"), { practiceSessionId: null }));
    expect(foundWriteScope(viewer("POLICE"), "found:addNote")).toEqual({
      practiceSessionId: null,
      countryCode: "BZ",
    });
  });
  it("NGO, migration and forensic staff read their own country only", () => {
    for (const role of ["NGO", "MIGRATION", "FORENSIC"] as const) {
      const v = viewer(role, { countryCode: "GT" });
      expect(foundReadScope(v)).toEqual(read(v, { practiceSessionId: null, countryCode: "GT" }));
    }
  });
  it("trainers see no found record; practice logins only their sandbox's", () => {
    expect(foundReadScope(viewer("TRAINER"))).toEqual(read(viewer("TRAINER"), none));
    const practice = viewer("POLICE", { practiceSessionId: "s1" });
    expect(foundReadScope(practice)).toEqual(read(practice, { practiceSessionId: "s1" }));
    expect(foundWriteScope(viewer("POLICE", { practiceSessionId: "s1" }), "found:create")).toEqual({
      practiceSessionId: "s1",
    });
  });
  it("only the recording country's authorities see where the person is held", () => {
    expect(canReadInstitution(viewer("MIGRATION", { countryCode: "GT" }), "GT")).toBe(true);
    expect(canReadInstitution(viewer("POLICE", { countryCode: "BO" }), "GT")).toBe(false);
    expect(canReadInstitution(viewer("NGO", { countryCode: "GT" }), "GT")).toBe(false);
    expect(canReadInstitution(viewer("ADMIN", { countryCode: "GT", isSuperAdmin: true }), "GT")).toBe(false);
  });
  it("NGOs cannot identify or close a found record", () => {
    expect(canSetFoundStatus(viewer("NGO"), "UNDER_REVIEW")).toBe(true);
    expect(canSetFoundStatus(viewer("NGO"), "IDENTIFIED")).toBe(false);
    expect(canSetFoundStatus(viewer("NGO"), "CLOSED")).toBe(false);
    expect(canSetFoundStatus(viewer("FORENSIC"), "IDENTIFIED")).toBe(true);
    expect(canSetFoundStatus(viewer("TRAINER"), "OPEN")).toBe(false);
  });
});

/**
 * Police's proposals: either record in their country, other countries' claims by consent, and
 * only claims they see whole (a score compares the hidden fields too).
 */
const matchesOf = (c: string) => {
  const consented = {
    AND: [
      { practiceSessionId: null, NOT: { crossBorderConsent: "OWN_COUNTRY", countryCode: { not: c } } },
      fullAccessWhere(viewer("POLICE", { countryCode: c })),
    ],
  };
  return {
    OR: [{ caseCountryCode: c }, { otherCountryCode: c }],
    ...LIVE_PAIR,
    AND: [{ case: consented }, { OR: [{ otherCaseId: null }, { otherCase: consented }] }],
  };
};

describe("matching proposal scopes", () => {
  const none = { id: { in: [] } };
  it("police see pairs with either record in their country, and may review them", () => {
    const bo = viewer("POLICE", { countryCode: "BO" });
    const either = matchesOf("BO");
    expect(matchReadScope(bo)).toEqual(either);
    expect(matchReviewScope(bo)).toEqual(either);
  });
  it("NGOs see pairs inside their country only and review none", () => {
    const ngo = viewer("NGO", { countryCode: "BO" });
    const whole = fullAccessWhere(ngo);
    expect(matchReadScope(ngo)).toEqual({
      caseCountryCode: "BO",
      otherCountryCode: "BO",
      ...LIVE_PAIR,
      AND: [{ case: whole }, { OR: [{ otherCaseId: null }, { otherCase: whole }] }],
    });
    expect(matchReviewScope(ngo)).toEqual(none);
  });
  it("trainers, admins, migration and forensic staff, practice logins and tokens see none", () => {
    for (const role of ["TRAINER", "ADMIN", "MIGRATION", "FORENSIC"] as const)
      expect(matchReadScope(viewer(role, { isSuperAdmin: role === "ADMIN" }))).toEqual(none);
    expect(matchReadScope(viewer("POLICE", { practiceSessionId: "s1" }))).toEqual(none);
    const api = { tokenId: "t", scopes: ["cases:read" as const], countryCodes: ["BZ"] };
    expect(matchReadScope(viewer("POLICE", { api }))).toEqual(none);
  });
  it("a matches:read token reads as its police unit, only with its own country in its countries, and reviews none", () => {
    const scopes = ["matches:read" as const];
    const own = viewer("POLICE", {
      countryCode: "BO",
      api: { tokenId: "t", scopes, countryCodes: ["BO", "PE"] },
    });
    expect(matchReadScope(own)).toEqual(matchesOf("BO"));
    expect(matchReviewScope(own)).toEqual(none);
    const other = viewer("POLICE", {
      countryCode: "BO",
      api: { tokenId: "t", scopes, countryCodes: ["PE"] },
    });
    expect(matchReadScope(other)).toEqual(none);
  });
});
