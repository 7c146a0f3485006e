import { viewerOf } from "@/testing/viewers";
import { describe, expect, it } from "vitest";
import { Role } from "@/generated/prisma/enums";
import { FOUND_STATUSES } from "./options";
import { canTransitionFound } from "./status-machine";

const viewer = (role: Role) => viewerOf({ id: "u1", role, countryCode: "GT" });

const AUTHORITY = [
  "OPEN->UNDER_REVIEW",
  "OPEN->CLOSED",
  "UNDER_REVIEW->OPEN",
  "UNDER_REVIEW->IDENTIFIED",
  "UNDER_REVIEW->CLOSED",
  "IDENTIFIED->UNDER_REVIEW",
  "IDENTIFIED->CLOSED",
  "CLOSED->OPEN",
];

// Who may take each transition: every role x every pair of statuses.
const expected: Record<Role, string[]> = {
  POLICE: AUTHORITY,
  MIGRATION: AUTHORITY,
  FORENSIC: AUTHORITY,
  NGO: ["OPEN->UNDER_REVIEW", "UNDER_REVIEW->OPEN"],
  ADMIN: [],
  TRAINER: [],
};

describe("found status machine", () => {
  for (const role of Object.values(Role)) {
    it(`${role} may take exactly its transitions`, () => {
      const v = viewer(role);
      const allowed = FOUND_STATUSES.flatMap((from) =>
        FOUND_STATUSES.filter((to) => canTransitionFound(v, from, to)).map((to) => `${from}->${to}`),
      );
      expect(allowed.sort()).toEqual([...expected[role]].sort());
    });
  }
});
