import { describe, expect, it } from "vitest";
import { Role } from "@/generated/prisma/enums";
import { can, caseReadScope, caseWriteScope, canSetStatus, PERMISSIONS, type Permission } from "./policy";
import type { Viewer } from "./viewer";

const viewer = (role: Role, extra: Partial<Viewer> = {}): Viewer => ({
  id: "u1",
  email: "x@demo.test",
  name: "X",
  role,
  isSuperAdmin: false,
  countryCode: "BZ",
  regionId: null,
  organizationId: null,
  practiceSessionId: null,
  ...extra,
});

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
    "case:readTips",
    "case:requestOwner",
    "inbox:read",
    "stats:readExact",
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
  ],
  TRAINER: ["training:read", "training:manage"],
  ADMIN: [
    "case:search",
    "case:read",
    "case:readAccessLog",
    "user:manage",
    "organization:manage",
    "reference:manage",
    "training:read",
    "stats:readExact",
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
});

describe("scopes", () => {
  it("police read every country's real cases but write only their own", () => {
    expect(caseReadScope(viewer("POLICE"))).toEqual({ practiceSessionId: null });
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
