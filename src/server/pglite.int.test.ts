// The embedded default: the same migrations and seed work on PGlite, including the extensions
// search relies on.
import { PrismaClient } from "@/generated/prisma/client";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedReference } from "../../prisma/seed/reference";
import { applyMigrations } from "./migrations";
import { openPglite, pgliteSqlClient } from "./sql-client";

let pglite: Awaited<ReturnType<typeof openPglite>>;
let db: PrismaClient;

beforeAll(async () => {
  pglite = await openPglite("memory://");
  await applyMigrations(pgliteSqlClient(pglite));
  db = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
}, 60_000);

afterAll(async () => {
  await db?.$disconnect();
  await pglite?.close();
});

describe("PGlite", () => {
  it("runs the migrations and the reference seed", async () => {
    await seedReference(db);
    expect(await db.country.count()).toBe(9);
    expect(await db.region.count({ where: { countryCode: "BZ" } })).toBe(7);
  });

  it("has pg_trgm and unaccent", async () => {
    const rows = await db.$queryRaw<
      { s: number }[]
    >`SELECT similarity(unaccent('José Pérez'), 'Jose Perz') AS s`;
    expect(Number(rows[0]!.s)).toBeGreaterThan(0.4);
  });
});
