// Replication lag (decision 155): a replica further behind than DATABASE_REPLICA_MAX_LAG_SECONDS
// gets no reads until it catches up, and the lag is a metric. The "standby" is a second database
// whose recovery functions this test controls: functions of the same names in a schema placed
// before pg_catalog on its search_path answer "in recovery, last commit replayed N s ago".
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { createTestDb, type TestDb } from "@/testing/test-db";
import { withTestDb } from "@/testing/with-test-db";
import { metrics } from "./metrics";
import { checkReplicaLag, closeReplica, getLagTolerantSqlRows, replicaStatus } from "./replica";

const env = withTestDb();
let standby: TestDb;

const setLag = (seconds: number) =>
  standby.db.$executeRawUnsafe(`UPDATE lagfake.setting SET seconds = ${seconds}`);

beforeAll(async () => {
  standby = await createTestDb();
  for (const sql of [
    `CREATE SCHEMA lagfake`,
    `CREATE TABLE lagfake.setting (seconds float8 NOT NULL)`,
    `INSERT INTO lagfake.setting VALUES (0)`,
    `CREATE FUNCTION lagfake.pg_is_in_recovery() RETURNS boolean LANGUAGE sql AS 'SELECT true'`,
    `CREATE FUNCTION lagfake.pg_last_xact_replay_timestamp() RETURNS timestamptz LANGUAGE sql
       AS 'SELECT now() - (SELECT seconds FROM lagfake.setting) * interval ''1 second'''`,
  ])
    await standby.db.$executeRawUnsafe(sql);
  process.env.DATABASE_URL = env.testDb.url;
  process.env.DATABASE_REPLICA_MAX_LAG_SECONDS = "30";
  process.env.DATABASE_REPLICA_URL = `${standby.url}?options=${encodeURIComponent("-c search_path=lagfake,pg_catalog,public")}`;
});
afterAll(async () => {
  delete process.env.DATABASE_REPLICA_URL;
  delete process.env.DATABASE_REPLICA_MAX_LAG_SECONDS;
  await closeReplica();
  await standby?.drop();
});

async function answeredBy(): Promise<string> {
  const rows = await (
    await getLagTolerantSqlRows()
  )<{ d: string }>(Prisma.sql`SELECT current_database() AS d`);
  return rows[0]!.d === standby.url.split("/").pop()!.split("?")[0] ? "replica" : "primary";
}

const lagMetric = async () =>
  Number(/^db_replica_lag_seconds (\S+)$/m.exec(await metrics().registry.metrics())?.[1]);

describe("replica lag threshold", () => {
  it("reads from a replica a little behind, not from one past the threshold, and again once caught up", async () => {
    await setLag(5);
    expect(await checkReplicaLag()).toBeCloseTo(5, 0);
    expect(await answeredBy()).toBe("replica");
    expect(await lagMetric()).toBeCloseTo(5, 0);

    await setLag(120);
    expect(await checkReplicaLag()).toBeCloseTo(120, 0);
    expect(replicaStatus()).toMatchObject({ up: true, lagging: true });
    expect(await answeredBy()).toBe("primary");
    expect(await lagMetric()).toBeCloseTo(120, 0);

    await setLag(0);
    expect(await checkReplicaLag()).toBe(0);
    expect(replicaStatus().lagging).toBe(false);
    expect(await answeredBy()).toBe("replica");
  });
});
