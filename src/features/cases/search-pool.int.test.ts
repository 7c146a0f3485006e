// The lookup on the plain pg pool (server/sql-reader.ts) answers exactly as through Prisma:
// same rows, same order, same scores, dates as the same UTC instants.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseReadAccess } from "@/server/policy";
import { poolSqlRows } from "@/server/sql-reader";
import type { Viewer } from "@/server/viewer";
import { createCase } from "@/testing/factories";
import type { TestDb } from "@/testing/test-db";
import { COUNTRY_CODES } from "@/lib/reference/countries";
import { SearchInput } from "./schemas";
import { runCaseSearch } from "@/features/cases/data/search-query";
import { caseOf } from "./test-fixtures";
import { openAppTestDb, closeAppTestDb } from "@/testing/test-db";

const police: Viewer = {
  id: "00000000-0000-4000-8000-000000000001",
  email: "p@x.test",
  name: "P",
  role: "POLICE",
  isSuperAdmin: false,
  countryCode: "BO",
  regionId: null,
  organizationId: null,
  practiceSessionId: null,
};

let pg: TestDb;
let pool: Awaited<ReturnType<typeof poolSqlRows>>;

beforeAll(async () => {
  pg = await openAppTestDb();
  pool = await poolSqlRows(pg.url, 2);
  for (let i = 0; i < 60; i++) await createCase(pg.db, caseOf(COUNTRY_CODES[i % COUNTRY_CODES.length]!));
}, 120_000);
afterAll(async () => {
  await pool?.end();
  await closeAppTestDb(pg);
});

describe("lookup on the plain pg pool", () => {
  it("returns what the Prisma path returns", async () => {
    const sample = await pg.db.case.findMany({ select: { givenNames: true, familyNames: true }, take: 8 });
    const queries = [...sample.map((s) => `${s.familyNames} ${s.givenNames}`.slice(0, -1)), "maria", ""];
    let nonEmpty = 0;
    for (const q of queries) {
      for (const sort of ["relevance", "date"]) {
        const input = SearchInput.parse({ q, sort });
        const scope = caseReadAccess(police);
        const [viaPrisma, viaPool] = [
          await runCaseSearch(pg.db, scope, input, undefined, [], null),
          await runCaseSearch(pool, scope, input, undefined, [], null),
        ];
        expect(viaPool, `${q} / ${sort}`).toEqual(viaPrisma);
        if (viaPool.rows.length) nonEmpty++;
      }
    }
    expect(nonEmpty).toBe(queries.length * 2);
  });
});
