import "server-only";
import { PrismaClient } from "@/generated/prisma/client";
import { createPrismaHandle, type PrismaHandle } from "./prisma-factory";

// Lazy: importing this module must not open the database (next build imports every route).
// One client per process, kept across hot reloads in development.
// Kept on globalThis: Next bundles instrumentation and routes separately, and both must share
// one client (with PGlite, one database handle per process is a hard rule).
// Tests put their own client in prismaPromise.
const globalForDb = globalThis as unknown as {
  prismaHandlePromise?: Promise<PrismaHandle>;
  prismaPromise?: Promise<PrismaClient>;
};

/** The process's database handle (client + what it runs on); the job engine needs the latter. */
export function getDbHandle(): Promise<PrismaHandle> {
  globalForDb.prismaHandlePromise ??= createPrismaHandle().catch((err) => {
    globalForDb.prismaHandlePromise = undefined;
    throw err;
  });
  return globalForDb.prismaHandlePromise;
}

export function getDb(): Promise<PrismaClient> {
  globalForDb.prismaPromise ??= getDbHandle()
    .then((h) => h.db)
    .catch((err) => {
      globalForDb.prismaPromise = undefined;
      throw err;
    });
  return globalForDb.prismaPromise;
}

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
