// The runtime role the README tells operators to use: the app works through it, and it cannot
// drop, truncate or alter tables, nor get around the append-only triggers.
import crypto from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminQuery, createTestDb, type TestDb } from "@/testing/test-db";
import { fileCase } from "@/features/cases/test-fixtures";
import { seedReference } from "../../prisma/seed/reference";
import { createRuntimeRoleSql, runtimeGrantsSql } from "./db-roles";
import { createPrismaHandle, type PrismaHandle } from "./prisma-factory";

const runtime = `reen_app_${crypto.randomBytes(4).toString("hex")}`;
let testDb: TestDb;
let app: pg.Client;
let prisma: PrismaHandle;

beforeAll(async () => {
  testDb = await createTestDb();
  await seedReference(testDb.db);
  const c = await fileCase(testDb.db, "BZ");
  await testDb.db.caseEvent.create({ data: { caseId: c.id, actorKind: "SYSTEM", type: "CREATED" } });
  await adminQuery(createRuntimeRoleSql(runtime, null));
  // In the test database the tables belong to postgres, which plays the owner role here.
  const owner = new pg.Client({ connectionString: testDb.url });
  await owner.connect();
  await owner.query(runtimeGrantsSql({ database: testDb.name, owner: "postgres", runtime }));
  await owner.end();
  const url = new URL(testDb.url);
  url.username = runtime;
  app = new pg.Client({ connectionString: url.toString() });
  await app.connect();
  prisma = await createPrismaHandle(url.toString());
});
afterAll(async () => {
  await app?.end();
  await prisma?.close();
  await testDb?.drop();
  await adminQuery(`DROP ROLE IF EXISTS "${runtime}"`);
});

const refused = async (sql: string) => {
  const err = await app.query(sql).then(
    () => null,
    (e: { code?: string }) => e,
  );
  expect(err, sql).not.toBeNull();
  return err!.code;
};

describe("the runtime role", () => {
  it("reads and writes through the app's client", async () => {
    expect(await prisma.db.country.count()).toBe(9);
    const row = await prisma.db.rateLimitBucket.create({
      data: { key: `t:${runtime}`, count: 1, windowStart: new Date() },
    });
    expect(row.key).toBe(`t:${runtime}`);
  });

  it("cannot drop, truncate or alter tables", async () => {
    expect(await refused(`DROP TABLE "Case"`)).toBe("42501");
    expect(await refused(`TRUNCATE "CaseEvent"`)).toBe("42501");
    expect(await refused(`TRUNCATE "RateLimitBucket"`)).toBe("42501");
    expect(await refused(`ALTER TABLE "CaseEvent" DISABLE TRIGGER ALL`)).toBe("42501");
    expect(await refused(`CREATE TABLE "Intruder" (id int)`)).toBe("42501");
  });

  it("cannot get around the append-only triggers", async () => {
    expect(await refused(`SET session_replication_role = replica`)).toBe("42501");
    expect(await refused(`UPDATE "CaseEvent" SET "newValue" = 'x'`)).toBe("42501");
    expect(await refused(`DELETE FROM "CaseEvent"`)).toBe("42501");
  });

  it("is not a superuser and cannot create roles or databases", async () => {
    const [r] = (
      await app.query(
        `SELECT rolsuper, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = current_user`,
      )
    ).rows;
    expect(r).toEqual({ rolsuper: false, rolcreaterole: false, rolcreatedb: false });
  });
});
