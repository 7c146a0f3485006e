// The set-up most integration tests need, as vitest hooks: a fresh database with the reference
// data that getDb() returns (openAppTestDb), and optionally a throw-away upload directory.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { closeAppTestDb, openAppTestDb, type TestDb } from "./test-db";

export interface TestEnv {
  db: PrismaClient;
  testDb: TestDb;
  /** Set when asked for with `uploads: true` (and UPLOAD_DIR points at it). */
  uploadDir: string;
}

export function withTestDb(opts: { uploads?: boolean } = {}): TestEnv {
  const env = {} as TestEnv;
  beforeAll(async () => {
    env.testDb = await openAppTestDb();
    env.db = env.testDb.db;
    if (opts.uploads) {
      env.uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), "reen-uploads-"));
      process.env.UPLOAD_DIR = env.uploadDir;
    }
  });
  afterAll(async () => {
    await closeAppTestDb(env.testDb);
    if (env.uploadDir) fs.rmSync(env.uploadDir, { recursive: true, force: true });
  });
  return env;
}
