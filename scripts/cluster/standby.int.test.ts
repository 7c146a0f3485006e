// Read routing (decision 155) against a real streaming-replication hot standby, made the way
// `npm run cluster` makes it (scripts/cluster/postgres.ts: its own primary cluster, then
// pg_basebackup -R into a second one). replica.int.test.ts covers the routing rules with a TCP
// relay to a second database; this one shows that a lookup really runs on a server in recovery,
// that a case written on the primary reaches it by replication, and that stopping the standby
// sends the same lookup to the primary without an error. Needs PostgreSQL's server binaries and
// Debian's postgresql-common (pg_createcluster) run as root, as the cluster script does; skipped
// only when the binaries are absent.
import fs from "node:fs";
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { makeCase } from "@/features/bulletin/test-helpers";
import { searchCases } from "@/features/cases/data";
import { SearchInput } from "@/features/cases/schemas";
import { applyMigrations } from "@/server/migrations";
import { createPrismaHandle, type PrismaHandle } from "@/server/prisma-factory";
import { closeReplica, getLagTolerantSqlRows, replicaStatus } from "@/server/replica";
import { connectSql } from "@/server/sql-client";
import type { Viewer } from "@/server/viewer";
import { pointAppAt } from "@/testing/test-db";
import { makeViewer } from "@/testing/viewers";
import { seedReference } from "../../prisma/seed/reference";
import {
  PG_VERSION,
  primaryCluster,
  scalar,
  standbyCluster,
  waitForPostgres,
  type PgCluster,
} from "./postgres";

const binaries = fs.existsSync(`/usr/lib/postgresql/${PG_VERSION}/bin/pg_basebackup`);
if (!binaries) console.warn(`PostgreSQL ${PG_VERSION} server binaries absent: real-standby test skipped`);

/** A port nothing listens on now (the kernel's pick), for a throwaway cluster. */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

const until = async (ok: () => Promise<boolean>, ms = 10_000) => {
  for (const end = Date.now() + ms; Date.now() < end;) {
    if (await ok()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("timed out");
};

describe.skipIf(!binaries)("lag-tolerant reads on a real hot standby", () => {
  let primary: PgCluster | undefined;
  let standby: PgCluster | undefined;
  let app: PrismaHandle;
  let police: Viewer;
  const DB = "reen_standby";
  const lookup = (q: string) =>
    searchCases(police, SearchInput.parse({ q })).then((p) => p.rows.map((r) => r.caseNumber));
  /** Whether the connection the lag-tolerant path used is a server in recovery (the standby). */
  const onStandby = async () =>
    (
      await (
        await getLagTolerantSqlRows()
      )<{ standby: boolean }>(Prisma.sql`SELECT pg_is_in_recovery() AS standby`)
    )[0]!.standby;

  beforeAll(async () => {
    const tag = `reen-standby-${process.pid}`;
    primary = primaryCluster(`${tag}-p`, await freePort());
    await waitForPostgres(primary.url());
    await scalar(primary.url(), `CREATE DATABASE ${DB}`);
    const sql = await connectSql(primary.url(DB));
    try {
      await applyMigrations(sql);
    } finally {
      await sql.close();
    }
    app = await createPrismaHandle(primary.url(DB));
    await seedReference(app.db);
    police = await makeViewer(app.db, "POLICE", "BO");
    await makeCase(app.db, { givenNames: "Wayra", familyNames: "Antes Copiada" });
    standby = standbyCluster(`${tag}-s`, await freePort(), primary);
    await waitForPostgres(standby.url(DB));
    pointAppAt(app.db);
    process.env.DATABASE_REPLICA_URL = standby.url(DB);
    process.env.DATABASE_REPLICA_RETRY_MS = "100";
  }, 90_000);

  afterAll(async () => {
    await closeReplica();
    delete process.env.DATABASE_REPLICA_URL;
    pointAppAt(undefined);
    await app?.close();
    standby?.drop();
    primary?.drop();
  }, 60_000);

  it("a lookup runs on the standby, and sees a case written on the primary after the copy", async () => {
    expect(await scalar(standby!.url(DB), "SELECT pg_is_in_recovery()")).toBe(true);
    expect(await onStandby()).toBe(true);
    expect(await lookup("Wayra Antes Copiada")).toHaveLength(1);
    // Streamed, not copied: written after pg_basebackup, found once replay reaches it.
    await makeCase(app.db, { givenNames: "Wayra", familyNames: "Despues Replicada" });
    await until(async () => (await lookup("Wayra Despues Replicada")).length === 1);
    expect(replicaStatus()).toMatchObject({ up: true, served: { fallbacks: 0 } });
    expect(replicaStatus().served.replica).toBeGreaterThanOrEqual(3);
  });

  it("falls back to the primary when the standby stops, with no error to the reader", async () => {
    standby!.stop("immediate");
    expect(await lookup("Wayra Despues Replicada")).toHaveLength(1);
    expect(replicaStatus().up).toBe(false);
    expect(replicaStatus().served.fallbacks).toBeGreaterThanOrEqual(1);
    expect(await onStandby()).toBe(false);
  });
});
