// Integration tests run against real PostgreSQL. The global setup migrates a template database
// once per run; each test file clones it (CREATE DATABASE ... TEMPLATE is fast) and drops it after.
import crypto from "node:crypto";
import pg from "pg";
import { createPrismaHandle, type PrismaHandle } from "@/server/prisma-factory";

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
