// Proves the SQL migrations build exactly what schema.prisma describes: every model's table,
// every column's type and nullability, every unique constraint and index. Also that the runner
// is idempotent and refuses edited migrations.
import fs from "node:fs";
import { getDMMF } from "@prisma/internals";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/testing/test-db";
import { applyMigrations, pendingMigrations, readMigrations } from "./migrations";
import { connectSql, type SqlClient } from "./sql-client";

const SCALAR_TO_PG: Record<string, string> = {
  String: "text",
  Int: "integer",
  Boolean: "boolean",
  DateTime: "timestamp without time zone",
  Float: "double precision",
  BigInt: "bigint",
  Json: "jsonb",
};
const NATIVE_TO_PG: Record<string, string> = {
  Uuid: "uuid",
  VarChar: "character varying",
  Date: "date",
  Text: "text",
};

/** Column names of a pg_indexes definition, e.g. `... USING btree ("countryCode", status)`. */
function indexColumns(def: string): string[] {
  return def
    .slice(def.lastIndexOf("(") + 1, def.lastIndexOf(")"))
    .split(",")
    .map((s) => s.trim().replace(/"/g, "").split(" ")[0]!);
}

let testDb: TestDb;
let sql: SqlClient;

beforeAll(async () => {
  testDb = await createTestDb();
  sql = await connectSql(testDb.url);
});
afterAll(async () => {
  await sql?.close();
  await testDb?.drop();
});

describe("migrations", () => {
  it("match schema.prisma", async () => {
    const dmmf = await getDMMF({ datamodel: fs.readFileSync("prisma/schema.prisma", "utf8") });
    const columns = await sql.query<{
      table_name: string;
      column_name: string;
      data_type: string;
      udt_name: string;
      is_nullable: string;
    }>(
      `SELECT table_name, column_name, data_type, udt_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public'`,
    );
    const indexes = await sql.query<{ tablename: string; indexdef: string }>(
      `SELECT tablename, indexdef FROM pg_indexes WHERE schemaname = 'public'`,
    );
    const enumNames = new Set(dmmf.datamodel.enums.map((e) => e.name));
    for (const model of dmmf.datamodel.models) {
      const table = model.dbName ?? model.name;
      const cols = columns.filter((c) => c.table_name === table);
      expect(cols.length, `table ${table}`).toBeGreaterThan(0);
      const scalarFields = model.fields.filter((f) => f.kind !== "object");
      expect(cols.map((c) => c.column_name).sort(), `columns of ${table}`).toEqual(
        scalarFields.map((f) => f.dbName ?? f.name).sort(),
      );
      for (const f of scalarFields) {
        const col = cols.find((c) => c.column_name === (f.dbName ?? f.name))!;
        const native = f.nativeType?.[0];
        const expected = enumNames.has(f.type)
          ? f.type
          : native
            ? NATIVE_TO_PG[native]
            : SCALAR_TO_PG[f.type];
        if (f.isList) expect(col.data_type, `${table}.${f.name}`).toBe("ARRAY");
        else
          expect(enumNames.has(f.type) ? col.udt_name : col.data_type, `${table}.${f.name}`).toBe(expected);
        // Prisma creates scalar lists as nullable arrays.
        expect(col.is_nullable === "YES", `${table}.${f.name} nullability`).toBe(!f.isRequired || f.isList);
      }
      const tableIdx = indexes.filter((i) => i.tablename === table).map((i) => i.indexdef);
      const hasIndexOn = (fields: readonly string[], unique: boolean) =>
        tableIdx.some(
          (def) =>
            (!unique || def.startsWith("CREATE UNIQUE")) && indexColumns(def).join(",") === fields.join(","),
        );
      for (const f of scalarFields.filter((f) => f.isUnique)) {
        expect(hasIndexOn([f.name], true), `unique ${table}.${f.name}`).toBe(true);
      }
      for (const u of model.uniqueIndexes)
        expect(hasIndexOn(u.fields, true), `unique ${table}(${u.fields})`).toBe(true);
      if (model.primaryKey) expect(hasIndexOn(model.primaryKey.fields, true), `pk ${table}`).toBe(true);
    }
    for (const idx of dmmf.datamodel.indexes.filter((i) => i.type === "normal" || i.type === "unique")) {
      const fields = idx.fields.map((f) => f.name);
      const table = dmmf.datamodel.models.find((m) => m.name === idx.model)!.dbName ?? idx.model;
      const found = indexes.some(
        (i) =>
          i.tablename === table &&
          indexColumns(i.indexdef).join(",") === fields.join(",") &&
          (idx.type !== "unique" || i.indexdef.startsWith("CREATE UNIQUE")),
      );
      expect(found, `index ${table}(${fields})`).toBe(true);
    }
  });

  it("is safe to run twice", async () => {
    expect(await applyMigrations(sql)).toEqual([]);
    expect(await pendingMigrations(sql)).toEqual([]);
  });

  it("refuses a migration edited after it was applied", async () => {
    const edited = readMigrations().map((m, i) => (i === 0 ? { ...m, checksum: "0".repeat(64) } : m));
    await expect(pendingMigrations(sql, edited)).rejects.toThrow(/edited/);
  });
});
