import { viewerOf } from "@/testing/viewers";
import { describe, expect, it } from "vitest";
import type { CaseStatus, Role } from "@/generated/prisma/enums";
import {
  CASE_STATUSES,
  canTransition,
  isReopening,
  isTransition,
  nextStatuses,
  transitionsFor,
} from "./status-machine";

const viewer = (role: Role) => viewerOf({ role, countryCode: "BZ" });

describe("status machine", () => {
  it("has exactly the documented transitions", () => {
    const edges = CASE_STATUSES.flatMap((from) => nextStatuses(from).map((to) => `${from}->${to}`));
    expect(edges.sort()).toEqual(
      [
        "REPORTED->VERIFIED",
        "REPORTED->REJECTED",
        "VERIFIED->ACTIVE",
        "VERIFIED->REJECTED",
        "ACTIVE->LOCATED_ALIVE",
        "ACTIVE->LOCATED_DECEASED",
        "LOCATED_ALIVE->CLOSED",
        "LOCATED_DECEASED->CLOSED",
        "LOCATED_ALIVE->ACTIVE",
        "LOCATED_DECEASED->ACTIVE",
        "CLOSED->ACTIVE",
        "REJECTED->ACTIVE",
      ].sort(),
    );
  });

  it("never allows staying in place or skipping verification", () => {
    for (const s of CASE_STATUSES) expect(isTransition(s, s)).toBe(false);
    expect(isTransition("REPORTED", "ACTIVE")).toBe(false);
    expect(isTransition("ACTIVE", "CLOSED")).toBe(false);
    expect(isTransition("CLOSED", "REPORTED")).toBe(false);
  });

  it("treats going back to ACTIVE from a decision as re-opening", () => {
    expect(isReopening("CLOSED", "ACTIVE")).toBe(true);
    expect(isReopening("REJECTED", "ACTIVE")).toBe(true);
    expect(isReopening("VERIFIED", "ACTIVE")).toBe(false);
  });

  // Who may take each transition: every role x every edge.
  const expected: Record<Role, string[]> = {
    POLICE: CASE_STATUSES.flatMap((f) => nextStatuses(f).map((t) => `${f}->${t}`)),
    NGO: ["VERIFIED->ACTIVE"],
    ADMIN: [],
    TRAINER: [],
    MIGRATION: [],
    FORENSIC: [],
  };
  for (const role of Object.keys(expected) as Role[]) {
    it(`${role} may take exactly its transitions`, () => {
      const v = viewer(role);
      const allowed = CASE_STATUSES.flatMap((from) =>
        CASE_STATUSES.filter((to) => canTransition(v, from, to)).map((to) => `${from}->${to}`),
      );
      expect(allowed.sort()).toEqual([...expected[role]].sort());
    });
  }

  it("offers only allowed transitions", () => {
    expect(transitionsFor(viewer("POLICE"), "REPORTED")).toEqual(["VERIFIED", "REJECTED"]);
    expect(transitionsFor(viewer("NGO"), "REPORTED")).toEqual([]);
    expect(transitionsFor(viewer("NGO"), "ACTIVE")).toEqual([]);
    expect(transitionsFor(viewer("POLICE"), "CLOSED" as CaseStatus)).toEqual(["ACTIVE"]);
  });
});
