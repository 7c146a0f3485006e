import { describe, expect, it } from "vitest";
import { liveOnly, WITH_SOFT_DELETED } from "./soft-delete";

describe("liveOnly", () => {
  it("adds deletedAt: null to a read that does not name deletedAt", () => {
    expect(liveOnly({ where: { caseNumber: "BO-1" }, select: { id: true } })).toEqual({
      where: { caseNumber: "BO-1", deletedAt: null },
      select: { id: true },
    });
    expect(liveOnly(undefined)).toEqual({ where: { deletedAt: null } });
  });
  it("leaves a read that names deletedAt as it is (the retention code's own reads)", () => {
    const asked = { where: { deletedAt: { not: null } } };
    expect(liveOnly(asked)).toBe(asked);
    const all = { where: { id: "x", ...WITH_SOFT_DELETED } };
    expect(liveOnly(all)).toBe(all);
  });
});
