import { viewerOf } from "@/testing/viewers";
import { describe, expect, it } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import { caseReadAccess, caseSearchAccess, caseWriteAccess, foundReadAccess } from "./policy";
import { caseWhere, countriesScope, foundWhere, scopeCountries, type Scope } from "./scope";
import { scopeSql } from "./scope-sql";
import type { Viewer } from "./viewer";

const viewer = (role: Role, extra: Partial<Viewer> = {}) => viewerOf({ role, ...extra });
const token = (countryCodes: string[]) => ({ tokenId: "t", scopes: ["cases:search" as const], countryCodes });

const render = (s: ReturnType<typeof scopeSql>) => ({ sql: s.sql, values: s.values });

describe("the scope policy.ts decides", () => {
  it("is a value for every kind of viewer", () => {
    expect(caseReadAccess(viewer("POLICE"))).toEqual({ kind: "all", home: "BO" });
    expect(caseReadAccess(viewer("NGO"))).toEqual({ kind: "countries", codes: ["BO"] });
    expect(caseReadAccess(viewer("TRAINER"))).toEqual({ kind: "none" });
    expect(caseReadAccess(viewer("POLICE", { practiceSessionId: "s1" }))).toEqual({
      kind: "sandbox",
      sessionId: "s1",
    });
    expect(caseReadAccess(viewer("ADMIN", { isSuperAdmin: true }))).toEqual({ kind: "all", home: "BO" });
    expect(caseReadAccess(viewer("ADMIN"))).toEqual({ kind: "countries", codes: ["BO"] });
    expect(caseWriteAccess(viewer("NGO"), "case:assign")).toEqual({ kind: "none" });
    expect(caseWriteAccess(viewer("POLICE"), "case:assign")).toEqual({ kind: "countries", codes: ["BO"] });
    expect(foundReadAccess(viewer("POLICE", { practiceSessionId: "s1" }))).toEqual({
      kind: "sandbox",
      sessionId: "s1",
    });
  });

  it("narrows a token to its countries, never widens it", () => {
    expect(caseSearchAccess(viewer("POLICE", { api: token(["GT", "BZ"]) }))).toEqual({
      kind: "countries",
      codes: ["GT", "BZ"],
      home: "BO",
    });
    expect(caseSearchAccess(viewer("POLICE", { api: token([]) }))).toEqual({ kind: "none" });
    // An NGO token lists its own country only, and nothing when its countries exclude it.
    expect(caseSearchAccess(viewer("NGO", { api: token(["BO", "PE"]) }))).toEqual({
      kind: "countries",
      codes: ["BO"],
    });
    expect(caseSearchAccess(viewer("NGO", { api: token(["PE"]) }))).toEqual({ kind: "none" });
  });
});

describe("the adapters", () => {
  const kinds: Scope[] = [
    { kind: "none" },
    { kind: "all" },
    countriesScope(["BO"]),
    countriesScope(["GT", "BZ"]),
    { kind: "sandbox", sessionId: "s1" },
  ];

  it("turn each kind into SQL on cases", () => {
    expect(kinds.map((k) => render(scopeSql(k)))).toEqual([
      { sql: "(FALSE)", values: [] },
      { sql: `(c."practiceSessionId" IS NULL AND c."deletedAt" IS NULL)`, values: [] },
      {
        sql: `(c."practiceSessionId" IS NULL AND c."deletedAt" IS NULL AND c."countryCode" = ?)`,
        values: ["BO"],
      },
      {
        sql: `(c."practiceSessionId" IS NULL AND c."deletedAt" IS NULL AND c."countryCode" = ANY(?))`,
        values: [["GT", "BZ"]],
      },
      { sql: `(c."practiceSessionId" = ? AND c."deletedAt" IS NULL)`, values: ["s1"] },
    ]);
    expect(render(scopeSql({ kind: "all" }, "x"))).toEqual({
      sql: `(x."practiceSessionId" IS NULL AND x."deletedAt" IS NULL)`,
      values: [],
    });
  });

  it("turn each kind into SQL on found records (no soft delete, no consent; a sandbox sees its own)", () => {
    expect(kinds.map((k) => render(scopeSql(k, "c", "found")).sql)).toEqual([
      "(FALSE)",
      `(c."practiceSessionId" IS NULL)`,
      `(c."practiceSessionId" IS NULL AND c."countryCode" = ?)`,
      `(c."practiceSessionId" IS NULL AND c."countryCode" = ANY(?))`,
      `(c."practiceSessionId" = ?)`,
    ]);
  });

  it("turn each kind into the same rule for Prisma", () => {
    expect(kinds.map(caseWhere)).toEqual([
      { id: { in: [] } },
      { practiceSessionId: null },
      { practiceSessionId: null, countryCode: "BO" },
      { practiceSessionId: null, countryCode: { in: ["GT", "BZ"] } },
      { practiceSessionId: "s1" },
    ]);
    expect(kinds.map(foundWhere)).toEqual([
      { id: { in: [] } },
      { practiceSessionId: null },
      { practiceSessionId: null, countryCode: "BO" },
      { practiceSessionId: null, countryCode: { in: ["GT", "BZ"] } },
      { practiceSessionId: "s1" },
    ]);
  });

  it("name the countries a scope covers for the statistics", () => {
    expect(kinds.map(scopeCountries)).toEqual([undefined, null, ["BO"], ["GT", "BZ"], undefined]);
    expect(countriesScope([])).toEqual({ kind: "none" });
  });
});
