// Integration tests run against real PostgreSQL. The global setup migrates a template database
// once per run; each test file clones it (CREATE DATABASE ... TEMPLATE is fast) and drops it after.
import crypto from "node:crypto";
import pg from "pg";
import type { PrismaClient } from "@/generated/prisma/client";
import { createPrismaHandle, type PrismaHandle } from "@/server/prisma-factory";
import { seedReference } from "../../prisma/seed/reference";

export const ADMIN_URL = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export function urlFor(dbName: string): string {
  const u = new URL(ADMIN_URL);
  u.pathname = `/${dbName}`;
  return u.toString();
}

export async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export interface TestDb extends PrismaHandle {
  url: string;
  name: string;
  /** Closes the client and drops the database. */
  drop(): Promise<void>;
}

/** A fresh, migrated database for one test file. */
export async function createTestDb(): Promise<TestDb> {
  const template = process.env.TEST_TEMPLATE_DB;
  if (!template)
    throw new Error("TEST_TEMPLATE_DB unset: run integration tests through vitest --project integration");
  const name = `reen_t_${crypto.randomBytes(5).toString("hex")}`;
  await adminQuery(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  const url = urlFor(name);
  const handle = await createPrismaHandle(url);
  return {
    ...handle,
    url,
    name,
    async drop() {
      await handle.close();
      await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

/**
 * The one way to point the app's getDb() (which the data functions use) at a test database, or
 * back at nothing. getDb() caches its client on globalThis, and each test file runs in its own
 * worker, so this is all it takes.
 */
export function pointAppAt(db: PrismaClient | undefined): void {
  (globalThis as { prismaPromise?: Promise<PrismaClient> }).prismaPromise = db
    ? Promise.resolve(db)
    : undefined;
}

/** A fresh database with the reference data (countries, regions), that getDb() returns. */
export async function openAppTestDb(opts: { reference?: boolean } = {}): Promise<TestDb> {
  const testDb = await createTestDb();
  try {
    if (opts.reference !== false) await seedReference(testDb.db);
  } catch (err) {
    await testDb.drop();
    throw err;
  }
  pointAppAt(testDb.db);
  return testDb;
}

/** For afterAll: lets matching scheduled after a filing finish, then drops the database. */
export async function closeAppTestDb(testDb: TestDb | undefined): Promise<void> {
  const { settleMatching } = await import("@/features/matching/data");
  await settleMatching();
  pointAppAt(undefined);
  await testDb?.drop();
}
