// Shared set-up for the training integration tests: a fresh database with reference data and
// one account per role that matters here. Imported by *.int.test.ts only.
import { seedReference } from "../../../prisma/seed/reference";
import type { PrismaClient } from "@/generated/prisma/client";
import type { Role } from "@/generated/prisma/enums";
import { type Viewer, viewerSelect } from "@/server/viewer";
import { createTestDb, type TestDb } from "@/testing/test-db";
import { AttendeeInput, SessionInput, type AttendeeValues, type SessionValues } from "./schemas";

export interface TrainingWorld {
  testDb: TestDb;
  db: PrismaClient;
  trainerBz: Viewer;
  trainerBo: Viewer;
  adminBz: Viewer;
  policeBz: Viewer;
  regions: Record<string, string>;
}

export async function makeViewer(
  db: PrismaClient,
  u: { email: string; role: Role; countryCode: string; name?: string; practiceSessionId?: string | null },
): Promise<Viewer> {
  return db.user.create({
    data: {
      email: u.email,
      name: u.name ?? u.email.split("@")[0]!,
      role: u.role,
      countryCode: u.countryCode,
      practiceSessionId: u.practiceSessionId ?? null,
      // Never used to sign in: these tests call the data functions directly.
      passwordHash: "not-a-hash",
    },
    select: viewerSelect,
  });
}

/**
 * The data functions open the database through getDb(), which reads DATABASE_URL on first use;
 * each test file runs in its own worker, so pointing it at this file's database is enough.
 */
export async function createTrainingWorld(): Promise<TrainingWorld> {
  const testDb = await createTestDb();
  process.env.DATABASE_URL = testDb.url;
  const db = testDb.db;
  await seedReference(db);
  const regions = Object.fromEntries(
    (await db.region.findMany({ where: { countryCode: { in: ["BZ", "BO"] } } })).map((r) => [r.code, r.id]),
  );
  return {
    testDb,
    db,
    regions,
    trainerBz: await makeViewer(db, { email: "trainer.bz@test.invalid", role: "TRAINER", countryCode: "BZ" }),
    trainerBo: await makeViewer(db, { email: "trainer.bo@test.invalid", role: "TRAINER", countryCode: "BO" }),
    adminBz: await makeViewer(db, { email: "admin.bz@test.invalid", role: "ADMIN", countryCode: "BZ" }),
    policeBz: await makeViewer(db, { email: "police.bz@test.invalid", role: "POLICE", countryCode: "BZ" }),
  };
}

/** A valid session form, parsed as the action parses it (data functions take parsed input). */
export function sessionInput(over: Record<string, unknown> & { trainerIds: string[] }): SessionValues {
  return SessionInput.parse(sessionForm(over));
}

/** The raw form, for schema tests. */
export function sessionForm(over: Record<string, unknown> & { trainerIds: string[] }) {
  return {
    title: "Train the trainers: Belize national",
    kind: "TRAIN_THE_TRAINERS",
    startDate: "2026-02-02",
    endDate: "2026-02-04",
    countryCode: "BZ",
    regionId: "",
    venue: "Police Training Academy, Belmopan",
    partnerOrgs: "UNICEF Belize, Belize Police Department",
    parentSessionId: "",
    materials: "https://example.org/agenda.pdf",
    capacity: "",
    ...over,
  };
}

/** An attendee form, parsed as the action parses it. */
export const attendee = (form: AttendeeInput): AttendeeValues => AttendeeInput.parse(form);
