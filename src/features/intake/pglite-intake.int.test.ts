// The embedded default files claims the same way: the one-statement insert works on PGlite too.
import { PrismaClient } from "@/generated/prisma/client";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { afterAll, beforeAll, expect, it } from "vitest";
import { applyMigrations } from "@/server/migrations";
import { openPglite, pgliteSqlClient } from "@/server/sql-client";
import { seedReference } from "../../../prisma/seed/reference";
import { goodClaim } from "./claim-fixtures";
import { fileClaim } from "./file-claim";

let pglite: Awaited<ReturnType<typeof openPglite>>;
let db: PrismaClient;

beforeAll(async () => {
  pglite = await openPglite("memory://");
  await applyMigrations(pgliteSqlClient(pglite));
  db = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  await seedReference(db);
  (globalThis as { prismaPromise?: Promise<PrismaClient> }).prismaPromise = Promise.resolve(db);
}, 180_000);

afterAll(async () => {
  (globalThis as { prismaPromise?: Promise<PrismaClient> }).prismaPromise = undefined;
  await db?.$disconnect();
  await pglite?.close();
});

it("files consecutive numbers and replays a retry on PGlite", async () => {
  const claim = goodClaim();
  const first = await fileClaim(claim);
  expect(await fileClaim(claim)).toMatchObject({ caseNumber: first.caseNumber, created: false });
  const second = await fileClaim(goodClaim());
  expect(Number(second.caseNumber.slice(-6))).toBe(Number(first.caseNumber.slice(-6)) + 1);
  const rows = await db.case.findMany({
    select: { events: { select: { type: true } } },
  });
  expect(rows).toHaveLength(2);
  expect(rows.every((r) => r.events.some((e) => e.type === "CREATED"))).toBe(true);
});
