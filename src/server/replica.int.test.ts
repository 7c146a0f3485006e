// Read routing (decision 155) against real PostgreSQL: the "replica" here is a second database
// behind a TCP relay this test can cut and restore, holding different rows from the primary, so
// every answer shows which side gave it. A real streaming standby (pg_basebackup) is tested by
// scripts/cluster/standby.int.test.ts, and run by `npm run cluster` and `npm run bench:cluster`.
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listBulletin, searchBulletin } from "@/features/bulletin/data";
import { makeCase } from "@/features/bulletin/test-helpers";
import { searchCases } from "@/features/cases/data";
import { SearchInput } from "@/features/cases/schemas";
import { statsFor } from "@/features/stats/data";
import { createTestDb, type TestDb } from "@/testing/test-db";
import { withTestDb } from "@/testing/with-test-db";
import { makeViewer } from "@/testing/viewers";
import { seedReference } from "../../prisma/seed/reference";
import { closeReplica, readLagTolerant, replicaStatus } from "./replica";
import type { Viewer } from "./viewer";

/** A relay to PostgreSQL that can be cut (connections refused, open ones dropped) and restored. */
function relay(target: { host: string; port: number }) {
  const sockets = new Set<net.Socket>();
  let server: net.Server | null = null;
  let port = 0;
  const open = () =>
    new Promise<void>((resolve) => {
      server = net.createServer((client) => {
        const upstream = net.connect(target.port, target.host);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on("error", () => undefined);
          s.on("close", () => sockets.delete(s));
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, "127.0.0.1", () => {
        port = (server!.address() as net.AddressInfo).port;
        resolve();
      });
    });
  const cut = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      if (!server) return resolve();
      server.close(() => resolve());
      server = null;
    });
  return { open, cut, port: () => port };
}

const primary = withTestDb();
let replicaDb: TestDb;
let link: ReturnType<typeof relay>;
let police: Viewer;

const search = (q: string) =>
  searchCases(police, SearchInput.parse({ q })).then((p) => p.rows.map((r) => r.caseNumber));
const fullName = (c: { name: { givenNames: string; familyNames: string } | null }) =>
  c.name ? `${c.name.givenNames} ${c.name.familyNames}` : "";
const bulletinNames = async () => (await listBulletin({ page: 1 })).items.map(fullName);
const until = async (ok: () => boolean, ms = 5000) => {
  for (const end = Date.now() + ms; Date.now() < end;) {
    if (ok()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error("timed out");
};

beforeAll(async () => {
  replicaDb = await createTestDb();
  await seedReference(replicaDb.db);
  const target = new URL(replicaDb.url);
  link = relay({ host: target.hostname, port: Number(target.port || 5432) });
  await link.open();
  police = await makeViewer(primary.db, "POLICE", "BO");
  // Different rows on each side: what a read returns tells where it ran.
  await makeCase(primary.db, { givenNames: "Primaria", familyNames: "Quispe Solo" });
  await makeCase(replicaDb.db, { givenNames: "Replicada", familyNames: "Mamani Copia" });
  await makeCase(replicaDb.db, { givenNames: "Replicada", familyNames: "Condori Copia" });
  const url = new URL(replicaDb.url);
  url.port = String(link.port());
  process.env.DATABASE_REPLICA_URL = url.toString();
  process.env.DATABASE_REPLICA_RETRY_MS = "100";
});

afterAll(async () => {
  await closeReplica();
  delete process.env.DATABASE_REPLICA_URL;
  await link.cut();
  await replicaDb.drop();
});

describe("lag-tolerant reads", () => {
  it("go to the replica while it answers: lookup, bulletin lists and search, statistics", async () => {
    expect(await search("Replicada Mamani")).toHaveLength(1);
    expect(await search("Primaria Quispe")).toHaveLength(0);
    expect((await bulletinNames()).sort()).toEqual(["Replicada Condori Copia", "Replicada Mamani Copia"]);
    expect((await searchBulletin({ name: "Replicada Mamani" })).map(fullName)[0]).toBe(
      "Replicada Mamani Copia",
    );
    expect((await statsFor({ countries: null, home: "BO" }, { country: "BO" })).total).toBe(2);
    expect(replicaStatus()).toMatchObject({ configured: true, up: true });
  });

  it("writes and work queues stay on the primary", async () => {
    // A model write through the routed client lands on the primary (the extension's rule).
    const wrote = await readLagTolerant((db) =>
      db.user.update({ where: { id: police.id }, data: { name: "Written on the primary" } }),
    );
    expect(wrote.name).toBe("Written on the primary");
    expect((await primary.db.user.findUnique({ where: { id: police.id } }))?.name).toBe(
      "Written on the primary",
    );
    const mineOrNew = await searchCases(police, { ...SearchInput.parse({ q: "" }), queue: "new" });
    expect(mineOrNew.rows.map((r) => r.caseNumber)).toEqual([]);
  });

  it("fall back to the primary when the replica goes away, with no error to the reader", async () => {
    await link.cut();
    expect(await search("Primaria Quispe")).toHaveLength(1);
    expect(replicaStatus().up).toBe(false);
    expect(await bulletinNames()).toEqual(["Primaria Quispe Solo"]);
    expect((await searchBulletin({ name: "Primaria" })).map(fullName)).toEqual(["Primaria Quispe Solo"]);
    expect((await statsFor({ countries: null, home: "BO" }, { country: "BO" })).total).toBe(1);
    expect(replicaStatus().served.fallbacks).toBeGreaterThanOrEqual(1);
  });

  it("go back to the replica once it answers again", async () => {
    await link.open();
    await until(() => replicaStatus().up);
    expect(await search("Replicada Condori")).toHaveLength(1);
    expect((await statsFor({ countries: null, home: "BO" }, { country: "BO" })).total).toBe(2);
  });

  it("use the primary from the first read when the replica URL refuses connections", async () => {
    await closeReplica();
    const closed = net.createServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", () => r()));
    const port = (closed.address() as net.AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r())); // nothing listens there now
    process.env.DATABASE_REPLICA_URL = `postgresql://postgres@127.0.0.1:${port}/nothing`;
    expect(await search("Primaria Quispe")).toHaveLength(1);
    expect((await statsFor({ countries: null, home: "BO" }, { country: "BO" })).total).toBe(1);
    expect(replicaStatus()).toMatchObject({ configured: true, up: false });
  });
});
