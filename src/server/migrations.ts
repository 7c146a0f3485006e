// Applies prisma/migrations/<ts>_<name>/migration.sql in order, one transaction each, recorded in
// Prisma's own `_prisma_migrations` table (so `prisma migrate deploy` agrees where it can run).
// An applied migration whose file has changed since is refused rather than silently skipped.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { SqlClient } from "./sql-client";
import { env } from "./env";

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export function migrationsDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ env().MIGRATIONS_DIR);
}

export function readMigrations(dir = migrationsDir()): Migration[] {
  return fs
    .readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: crypto.createHash("sha256").update(sql).digest("hex") };
    });
}

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

interface AppliedRow {
  migration_name: string;
  checksum: string;
}

export class MigrationError extends Error {}

async function appliedMigrations(db: Pick<SqlClient, "query">): Promise<Map<string, string>> {
  const exists = await db.query<{ t: string | null }>(
    `SELECT to_regclass('"_prisma_migrations"')::text AS t`,
  );
  if (!exists[0]?.t) return new Map();
  const rows = await db.query<AppliedRow>(
    `SELECT migration_name, checksum FROM "_prisma_migrations"
     WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  return new Map(rows.map((r) => [r.migration_name, r.checksum]));
}

/** Names of migrations not yet applied; throws if an applied one was edited or is unknown. */
export async function pendingMigrations(db: Pick<SqlClient, "query">, all = readMigrations()) {
  const applied = await appliedMigrations(db);
  for (const m of all) {
    const sum = applied.get(m.name);
    if (sum && sum !== m.checksum) {
      throw new MigrationError(
        `Migration ${m.name} was edited after it was applied. Add a new migration instead.`,
      );
    }
  }
  const known = new Set(all.map((m) => m.name));
  const unknown = [...applied.keys()].filter((n) => !known.has(n));
  if (unknown.length) {
    throw new MigrationError(
      `The database has migrations this code does not know (${unknown.join(", ")}): is the code older than the database?`,
    );
  }
  return all.filter((m) => !applied.has(m.name));
}

export async function applyMigrations(db: SqlClient, log: (msg: string) => void = () => {}) {
  await db.exec(CREATE_TABLE);
  const pending = await pendingMigrations(db);
  for (const m of pending) {
    await db.transaction(async (tx) => {
      await tx.exec(m.sql);
      await tx.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count)
         VALUES ($1, $2, now(), $3, 1)`,
        [crypto.randomUUID(), m.checksum, m.name],
      );
    });
    log(`applied ${m.name}`);
  }
  return pending.map((m) => m.name);
}
