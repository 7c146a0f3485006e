// The embedded default runs the same check-ins: the due query (array parameter, bool_or), the
// check-in row with its outbox rows and job in one transaction, and an answer, on PGlite.
import { PrismaClient } from "@/generated/prisma/client";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { afterAll, beforeAll, expect, it } from "vitest";
import { setJobEngine } from "@/server/jobs";
import { JobEngine } from "@/server/jobs/engine";
import { jobDefinition } from "@/server/jobs/registry";
import { applyMigrations } from "@/server/migrations";
import { signCheckIn } from "@/server/outbox/check-in-token";
import { openPglite, pgliteSqlClient } from "@/server/sql-client";
import { seedReference } from "../../../prisma/seed/reference";
import { answerCheckIn } from "./answer";
import { sendDueCheckIns } from "./schedule";
import { familyCase } from "./test-helpers";

let pglite: Awaited<ReturnType<typeof openPglite>>;
let db: PrismaClient;
let engine: JobEngine;

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET ??= "test-secret-for-unsubscribe-links";
  pglite = await openPglite("memory://");
  await applyMigrations(pgliteSqlClient(pglite));
  db = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  await seedReference(db);
  (globalThis as { prismaPromise?: Promise<PrismaClient> }).prismaPromise = Promise.resolve(db);
  await import("@/server/outbox/jobs");
  engine = new JobEngine({ prisma: db, pglite }, { schedule: false });
  setJobEngine(engine);
  await engine.ensureQueues([jobDefinition("message-deliver")!]);
}, 180_000);

afterAll(async () => {
  await engine?.stop(2000);
  setJobEngine(undefined);
  (globalThis as { prismaPromise?: Promise<PrismaClient> }).prismaPromise = undefined;
  await db?.$disconnect();
  await pglite?.close();
});

it("sends a due check-in once and records a 'came home' answer on PGlite", async () => {
  const c = await familyCase(db, 61, { email: true, sms: true });
  await sendDueCheckIns(db);
  await sendDueCheckIns(db);
  const k = await db.checkIn.findFirstOrThrow({ where: { caseId: c.id } });
  expect(k.number).toBe(2);
  expect(await db.outboundMessage.count({ where: { caseId: c.id } })).toBe(2);
  expect(await answerCheckIn(signCheckIn(k.id, "SMS"), "CAME_HOME")).toMatchObject({ repeated: false });
  expect(await db.inboxItem.count({ where: { caseId: c.id, kind: "CHECK_IN" } })).toBe(1);
  expect((await db.case.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("VERIFIED");
});
