import { describe, expect, it } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import { caseReadScope, caseWriteScope } from "@/server/policy";
import type { Viewer } from "@/server/viewer";
import { caseScopeSql } from "./scope-sql";

const viewer = (role: Role, extra: Partial<Viewer> = {}): Viewer => ({
  id: "u",
  email: "u@x.test",
  name: "U",
  role,
  isSuperAdmin: false,
  countryCode: "BO",
  regionId: null,
  organizationId: null,
  practiceSessionId: null,
  ...extra,
});

const render = (s: ReturnType<typeof caseScopeSql>) => ({ sql: s.sql, values: s.values });

describe("caseScopeSql", () => {
  it("translates every scope policy.ts builds", () => {
    expect(render(caseScopeSql(caseReadScope(viewer("POLICE"))))).toEqual({
      sql: `(c."practiceSessionId" IS NULL)`,
      values: [],
    });
    expect(render(caseScopeSql(caseReadScope(viewer("NGO"))))).toEqual({
      sql: `(c."practiceSessionId" IS NULL AND c."countryCode" = ?)`,
      values: ["BO"],
    });
    expect(render(caseScopeSql(caseReadScope(viewer("TRAINER"))))).toEqual({ sql: "(FALSE)", values: [] });
    expect(render(caseScopeSql(caseReadScope(viewer("POLICE", { practiceSessionId: "s1" }))))).toEqual({
      sql: `(c."practiceSessionId" = ?)`,
      values: ["s1"],
    });
    expect(render(caseScopeSql(caseReadScope(viewer("ADMIN", { isSuperAdmin: true })), "x"))).toEqual({
      sql: `(x."practiceSessionId" IS NULL)`,
      values: [],
    });
    expect(render(caseScopeSql(caseWriteScope(viewer("NGO"), "case:assign")))).toEqual({
      sql: "(FALSE)",
      values: [],
    });
  });

  it("refuses shapes it does not know rather than dropping them", () => {
    expect(() => caseScopeSql({ regionId: "r1" })).toThrow(/unsupported/);
    expect(() => caseScopeSql({ id: { in: ["a"] } })).toThrow(/unsupported/);
    expect(() => caseScopeSql({ OR: [] })).toThrow(/unsupported/);
  });
});
