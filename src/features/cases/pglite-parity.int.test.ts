// The embedded PGlite database (the default install) bundles pg_trgm and unaccent: the same
// lookup must return the same cases, in the same order, as on PostgreSQL.
import { PrismaPGlite } from "pglite-prisma-adapter";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { seedReference } from "../../../prisma/seed/reference";
import { caseReadAccess } from "@/server/policy";
import { applyMigrations } from "@/server/migrations";
import { openPglite, type SqlClient } from "@/server/sql-client";
import type { Viewer } from "@/server/viewer";
import { createCase } from "@/testing/factories";
import type { TestDb } from "@/testing/test-db";
import { SearchInput } from "./schemas";
import { runCaseSearch } from "@/features/cases/data/search-query";
import { caseOf } from "./test-fixtures";
import { COUNTRY_CODES } from "@/lib/reference/countries";
import { openAppTestDb, closeAppTestDb } from "@/testing/test-db";

type Pglite = Awaited<ReturnType<typeof openPglite>>;

/** The migration runner's SqlClient over an in-memory PGlite. */
function sqlClient(db: Pglite): SqlClient {
  const wrap = (q: Pick<Pglite, "query" | "exec">): SqlClient => ({
    kind: "pglite",
    query: async (sql, params = []) => (await q.query(sql, params)).rows as never,
    exec: async (sql) => void (await q.exec(sql)),
    transaction: (fn) => db.transaction((tx) => fn(wrap(tx))),
    close: () => db.close(),
  });
  return wrap(db);
}

const police: Viewer = {
  id: "00000000-0000-0000-0000-000000000001",
  email: "p@t.test",
  name: "P",
  role: "POLICE",
  isSuperAdmin: false,
  countryCode: "BZ",
  regionId: null,
  organizationId: null,
  practiceSessionId: null,
};

let pg: TestDb;
let pglite: Pglite;
let lite: PrismaClient;

beforeAll(async () => {
  pg = await openAppTestDb();
  pglite = await openPglite("memory://");
  await applyMigrations(sqlClient(pglite));
  lite = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  await seedReference(lite);
  const createdAt = new Date("2026-05-01T00:00:00Z");
  for (let i = 0; i < 90; i++) {
    const c = caseOf(COUNTRY_CODES[i % COUNTRY_CODES.length]!);
    // Same rows on both sides (case numbers are allocated in the same order).
    for (const db of [pg.db, lite]) await createCase(db, c, { createdAt });
  }
}, 120_000);
afterAll(async () => {
  await lite?.$disconnect();
  await pglite?.close();
  await closeAppTestDb(pg);
});

describe("lookup on PGlite", () => {
  it("returns the same results as PostgreSQL", async () => {
    const sample = await pg.db.case.findMany({
      select: { givenNames: true, familyNames: true, caseNumber: true },
      take: 12,
    });
    const queries = [
      ...sample.map((s) => `${s.familyNames} ${s.givenNames}`.slice(0, -1)),
      sample[0]!.caseNumber,
      "maria",
      "",
    ];
    let nonEmpty = 0;
    for (const q of queries) {
      for (const sort of ["relevance", "date"]) {
        const input = SearchInput.parse({ q, sort });
        const scope = caseReadAccess(police);
        const [a, b] = await Promise.all([
          runCaseSearch(pg.db, scope, input, undefined, [], null),
          runCaseSearch(lite, scope, input, undefined, [], null),
        ]);
        const key = (r: (typeof a.rows)[number]) => `${r.caseNumber} ${r.score.toFixed(4)} ${r.age}`;
        expect(b.rows.map(key), `${q} / ${sort}`).toEqual(a.rows.map(key));
        expect(b.hasMore).toBe(a.hasMore);
        if (a.rows.length) nonEmpty++;
      }
    }
    // Guards against a vacuous pass where both sides find nothing.
    expect(nonEmpty).toBe(queries.length * 2);
    expect(
      (await runCaseSearch(lite, caseReadAccess(police), SearchInput.parse({ q: "" }), undefined, [], null))
        .rows.length,
    ).toBe(20);
  });
});
