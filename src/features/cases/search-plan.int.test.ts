// The lookup must never read all of "Case" for one answer: at 1M cases a sequential scan is
// 0.5 s, and one ran per result row (the "possible duplicate" mark asking whether another
// claim was merged into this one had no index) until the benchmark's statement timed out.
// With sequential scans priced out, the planner still picks one where no index can answer,
// so the plan shows it whatever the table's size.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import type { TestDb } from "@/testing/test-db";
import { closeAppTestDb, openAppTestDb } from "@/testing/test-db";
import { makeViewer } from "@/testing/viewers";
import { caseReadAccess } from "@/server/policy";
import { buildCaseSearchSql } from "./data/search-query";
import { SearchInput } from "./schemas";
import { fileCase } from "./test-fixtures";

let testDb: TestDb;

beforeAll(async () => {
  testDb = await openAppTestDb();
  await fileCase(testDb.db, "BO", { givenNames: "Juana", familyNames: "Quispe Mamani" } as never);
});
afterAll(() => closeAppTestDb(testDb));

async function planOf(sql: Prisma.Sql): Promise<string> {
  return testDb.db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
    const rows = await tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${sql.text}`, ...sql.values);
    return rows.map((r) => r["QUERY PLAN"]).join("\n");
  });
}

describe("the lookup's plan", () => {
  it.each([
    ["a name", { q: "Juana Quispe" }],
    ["a name, possible duplicates only", { q: "Juana Quispe", possibleDuplicate: true }],
    ["no words, newest first", { sort: "newest" }],
  ])("reads no whole table of cases for %s", async (_label, input) => {
    const police = await makeViewer(testDb.db, "POLICE", "BZ");
    const sql = buildCaseSearchSql(
      caseReadAccess(police),
      SearchInput.parse(input),
      "all",
      undefined,
      21,
      undefined,
      [],
      null,
    );
    const plan = await planOf(sql);
    expect(plan).toContain("Case");
    expect(plan).not.toMatch(/Seq Scan on "Case"/);
  });
});
