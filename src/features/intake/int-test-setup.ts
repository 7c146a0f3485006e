// Shared set-up of the intake's integration tests: a fresh database (with the reference data the
// intake needs) that getDb() returns, and a throw-away upload directory.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { createTestDb, type TestDb } from "@/testing/test-db";
import { seedReference } from "../../../prisma/seed/reference";

export interface IntakeTestEnv {
  db: PrismaClient;
  uploadDir: string;
}

export function setUpIntakeTestDb(): IntakeTestEnv {
  const env = {} as IntakeTestEnv;
  let testDb: TestDb;
  beforeAll(async () => {
    testDb = await createTestDb();
    await seedReference(testDb.db);
    // getDb() caches its client on globalThis; point it at this file's database.
    (globalThis as { prismaPromise?: Promise<PrismaClient> }).prismaPromise = Promise.resolve(testDb.db);
    env.db = testDb.db;
    env.uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), "reen-uploads-"));
    process.env.UPLOAD_DIR = env.uploadDir;
  });
  afterAll(async () => {
    // Matching runs after each filing: let it finish before the database goes away.
    const { settleMatching } = await import("@/features/matching/schedule");
    await settleMatching();
    await testDb?.drop();
    if (env.uploadDir) fs.rmSync(env.uploadDir, { recursive: true, force: true });
  });
  return env;
}
