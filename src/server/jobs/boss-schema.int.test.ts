// The intake's claim statement writes pg-boss's job table itself (queueJobSql, decision 161), so
// it depends on that table's columns. This test fails loudly when they move: our migrated
// schema must have exactly the columns pg-boss's own construction SQL makes, and the columns
// queueJobSql names must be among them. Upgrading pg-boss means reading its insertJob again.
import pg from "pg";
import PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminQuery, createTestDb, urlFor, type TestDb } from "@/testing/test-db";
import { queueJobSql } from "./queue";
import { BOSS_SCHEMA } from "./engine";
import { Prisma } from "@/generated/prisma/client";

let testDb: TestDb;
const bare = `reen_bossshape_${process.pid}`;

beforeAll(async () => {
  testDb = await createTestDb();
  await adminQuery(`CREATE DATABASE "${bare}"`);
});
afterAll(async () => {
  await testDb?.drop();
  await adminQuery(`DROP DATABASE IF EXISTS "${bare}" WITH (FORCE)`);
});

async function columns(url: string, schema: string, table: string): Promise<string[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query<{ c: string }>(
      `SELECT column_name || ' ' || data_type AS c FROM information_schema.columns
       WHERE table_schema = $1 AND table_name = $2 ORDER BY column_name`,
      [schema, table],
    );
    return rows.map((r) => r.c);
  } finally {
    await c.end();
  }
}

describe("pg-boss's job table, as the claim statement writes it", () => {
  it("is pg-boss 10, whose construction SQL makes exactly our migrated job and queue tables", async () => {
    expect((await import("pg-boss/package.json")).version).toMatch(/^10\./);
    const c = new pg.Client({ connectionString: urlFor(bare) });
    await c.connect();
    await c.query(PgBoss.getConstructionPlans(BOSS_SCHEMA));
    await c.end();
    for (const table of ["job", "queue"]) {
      const ours = await columns(testDb.url, BOSS_SCHEMA, table);
      expect(ours.length).toBeGreaterThan(5);
      expect(ours).toEqual(await columns(urlFor(bare), BOSS_SCHEMA, table));
    }
  });

  it("names only columns the job table has", async () => {
    const sql = queueJobSql("match-record" as never, "x", Prisma.sql`'{}'::jsonb`).sql;
    const named = /\.job \(([^)]*)\)/
      .exec(sql)![1]!
      .split(",")
      .map((s) => s.trim());
    const have = (await columns(testDb.url, BOSS_SCHEMA, "job")).map((c) => c.split(" ")[0]);
    expect(named.length).toBeGreaterThan(5);
    for (const n of named) expect(have).toContain(n);
  });
});
