import "server-only";
import { PrismaClient } from "@/generated/prisma/client";
import { createPrismaHandle } from "./prisma-factory";

// Lazy: importing this module must not open the database (next build imports every route).
// One client per process, kept across hot reloads in development.
const globalForDb = globalThis as unknown as { prismaPromise?: Promise<PrismaClient> };

export function getDb(): Promise<PrismaClient> {
  globalForDb.prismaPromise ??= createPrismaHandle()
    .then((h) => h.db)
    .catch((err) => {
      globalForDb.prismaPromise = undefined;
      throw err;
    });
  return globalForDb.prismaPromise;
}

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
