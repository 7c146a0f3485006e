// Fixtures for the admin and access integration tests: two countries, each with its own admin.
import type { PrismaClient } from "@/generated/prisma/client";
import type { Role } from "@/generated/prisma/enums";
import { toViewer } from "@/server/viewer";
import { generateSyntheticCase } from "@/testing/case-factory";
import { createCase, createUser } from "@/testing/factories";
import { createRng } from "@/testing/random";
import { closeAppTestDb, openAppTestDb, type TestDb } from "@/testing/test-db";
import { seedReference } from "../../../prisma/seed/reference";

export async function seedTwoCountries(db: PrismaClient) {
  await seedReference(db);
  const user = async (email: string, role: Role, countryCode: string, isSuperAdmin = false) =>
    toViewer(
      await createUser(db, {
        email,
        role,
        countryCode,
        isSuperAdmin,
        password: "a long enough test password",
      }),
    );
  const rng = createRng(7);
  const now = new Date();
  return {
    adminBz: await user("admin.bz@t.test", "ADMIN", "BZ"),
    adminBo: await user("admin.bo@t.test", "ADMIN", "BO"),
    superAdmin: await user("super@t.test", "ADMIN", "BZ", true),
    policeBz: await user("police.bz@t.test", "POLICE", "BZ"),
    policeBo: await user("police.bo@t.test", "POLICE", "BO"),
    trainerBz: await user("trainer.bz@t.test", "TRAINER", "BZ"),
    caseBz: await createCase(db, generateSyntheticCase(rng, { country: "BZ", now })),
    caseBo: await createCase(db, generateSyntheticCase(rng, { country: "BO", now })),
  };
}

export type TwoCountries = Awaited<ReturnType<typeof seedTwoCountries>>;

/** A fresh database (openAppTestDb) with seedTwoCountries in it; close it with closeAppTestDb. */
export async function createAdminTestWorld(): Promise<{ testDb: TestDb; f: TwoCountries }> {
  const testDb = await openAppTestDb({ reference: false });
  try {
    return { testDb, f: await seedTwoCountries(testDb.db) };
  } catch (err) {
    await closeAppTestDb(testDb);
    throw err;
  }
}
