// Shared set-up for the training integration tests: a fresh database with reference data and
// one account per role that matters here. Imported by *.int.test.ts only.
import type { PrismaClient } from "@/generated/prisma/client";
import type { Viewer } from "@/server/viewer";
import { openAppTestDb, type TestDb } from "@/testing/test-db";
import { makeViewer } from "@/testing/viewers";
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

/** A fresh database (openAppTestDb) with a trainer, admin and police account; close it with closeAppTestDb. */
export async function createTrainingWorld(): Promise<TrainingWorld> {
  const testDb = await openAppTestDb();
  const db = testDb.db;
  const regions = Object.fromEntries(
    (await db.region.findMany({ where: { countryCode: { in: ["BZ", "BO"] } } })).map((r) => [r.code, r.id]),
  );
  return {
    testDb,
    db,
    regions,
    trainerBz: await makeViewer(db, "TRAINER", "BZ", { email: "trainer.bz@test.invalid" }),
    trainerBo: await makeViewer(db, "TRAINER", "BO", { email: "trainer.bo@test.invalid" }),
    adminBz: await makeViewer(db, "ADMIN", "BZ", { email: "admin.bz@test.invalid" }),
    policeBz: await makeViewer(db, "POLICE", "BZ", { email: "police.bz@test.invalid" }),
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
