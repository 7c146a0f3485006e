// The runtime role can read and write rows and nothing else (hardening item 15, decision 078).
import crypto from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminQuery, createTestDb, urlFor, type TestDb } from "@/testing/test-db";
import { seedTwoCountries } from "@/features/admin/testing";
import { roleStatements } from "./db-roles";

let testDb: TestDb;
const suffix = crypto.randomBytes(4).toString("hex");
const roles = { owner: `reen_owner_${suffix}`, app: `reen_app_${suffix}` };
let app: pg.Client;

function clientAs(user: string, database: string) {
  const u = new URL(urlFor(database));
  u.username = user;
  u.password = "";
  return new pg.Client({ connectionString: u.toString() });
}

beforeAll(async () => {
  testDb = await createTestDb();
  // Rows for the append-only triggers to guard (they fire per row).
  const f = await seedTwoCountries(testDb.db);
  await testDb.db.caseAccessLog.create({
    data: { caseId: f.caseBz.id, userId: f.policeBz.id, action: "case.read" },
  });
  await testDb.db.caseEvent.create({
    data: {
      caseId: f.caseBz.id,
      actorKind: "STAFF",
      actorUserId: f.policeBz.id,
      type: "NOTE_ADDED",
      body: "n",
    },
  });
  const su = clientAs("postgres", testDb.name);
  await su.connect();
  for (const sql of roleStatements({ database: testDb.name, ...roles }, { owner: null, app: null }))
    await su.query(sql);
  // Twice: the set-up is safe to repeat after every migration.
  for (const sql of roleStatements({ database: testDb.name, ...roles }, { owner: null, app: null }))
    await su.query(sql);
  await su.end();
  app = clientAs(roles.app, testDb.name);
  await app.connect();
});

afterAll(async () => {
  await app?.end();
  await testDb?.drop();
  for (const r of [roles.app, roles.owner]) {
    await adminQuery(`DROP OWNED BY "${r}"`).catch(() => undefined);
    await adminQuery(`DROP ROLE IF EXISTS "${r}"`);
  }
});

const refused = async (sql: string, pattern: RegExp) => {
  await app.query("SAVEPOINT s").catch(() => undefined);
  await expect(app.query(sql)).rejects.toThrow(pattern);
};

describe("the app's runtime role", () => {
  it("reads and writes rows of the portal's tables", async () => {
    const { rows } = await app.query(`SELECT count(*)::int AS n FROM "Country"`);
    expect(rows[0].n).toBeGreaterThanOrEqual(0);
    await app.query(`INSERT INTO "RateLimitBucket" ("key", "windowStart", "count") VALUES ($1, now(), 1)`, [
      `roles-test:${suffix}`,
    ]);
    await app.query(`DELETE FROM "RateLimitBucket" WHERE "key" = $1`, [`roles-test:${suffix}`]);
  });

  it("cannot DROP, TRUNCATE, ALTER or create tables", async () => {
    await refused(`DROP TABLE "CaseEvent"`, /must be owner/);
    await refused(`TRUNCATE "CaseEvent"`, /permission denied/);
    await refused(`TRUNCATE "Case" CASCADE`, /permission denied/);
    await refused(`ALTER TABLE "Case" ADD COLUMN x int`, /must be owner/);
    await refused(`CREATE TABLE public.sneaky (id int)`, /permission denied/);
  });

  it("cannot switch the append-only triggers off, and they hold for it", async () => {
    await refused(`ALTER TABLE "CaseEvent" DISABLE TRIGGER ALL`, /must be owner/);
    await refused(`SET session_replication_role = replica`, /permission denied/);
    await refused(`DROP FUNCTION "audit_append_only"() CASCADE`, /must be owner/);
    await refused(`UPDATE "CaseEvent" SET "body" = 'x'`, /append-only/);
    await refused(`DELETE FROM "CaseAccessLog"`, /append-only/);
  });

  it("cannot raise a purge flag by hand: only the SECURITY DEFINER functions open the triggers", async () => {
    // Rows past every floor, which the functions may remove and a hand-raised flag must not.
    const { rows: cases } = await app.query(`SELECT id FROM "Case" LIMIT 1`);
    const { rows: users } = await app.query(`SELECT id FROM "User" LIMIT 1`);
    const log = await app.query(
      `INSERT INTO "CaseAccessLog" ("id", "caseId", "userId", "action", "createdAt")
       VALUES (gen_random_uuid(), $1, $2, 'VIEW', now() - interval '3 years') RETURNING id`,
      [cases[0].id, users[0].id],
    );
    const audit = await app.query(
      `INSERT INTO "AuditEvent" ("id", "action", "targetType", "targetId", "createdAt")
       VALUES (gen_random_uuid(), 'user.update', 'User', 'x', now() - interval '6 years') RETURNING id`,
    );
    const byHand = async (flag: string, sql: string, id: string) => {
      await app.query("BEGIN");
      await app.query(`SET LOCAL reencuentro.${flag} = 'on'`);
      await expect(app.query(sql, [id])).rejects.toThrow(/append-only/);
      await app.query("ROLLBACK");
    };
    await byHand("access_log_purge", `DELETE FROM "CaseAccessLog" WHERE id = $1`, log.rows[0].id);
    await byHand("audit_purge", `DELETE FROM "AuditEvent" WHERE id = $1`, audit.rows[0].id);
    // The functions themselves still work for the app's role (the nightly and hourly jobs).
    await app.query(`SELECT "case_access_log_purge"((now() - interval '2 years')::timestamp, NULL, '{}')`);
    await app.query(`SELECT "audit_event_purge"(interval '5 years')`);
    const left = await app.query(
      `SELECT (SELECT count(*)::int FROM "CaseAccessLog" WHERE id = $1) + (SELECT count(*)::int FROM "AuditEvent" WHERE id = $2) AS n`,
      [log.rows[0].id, audit.rows[0].id],
    );
    expect(left.rows[0].n).toBe(0);
  });

  it("a flag raised by hand holds the triggers shut for the functions' owner too", async () => {
    // The owner is current_user inside the functions, so the role check alone let an owner's
    // session (migrations, a maintenance shell) open the triggers by setting the flag.
    const owner = clientAs(roles.owner, testDb.name);
    await owner.connect();
    try {
      const { rows: cases } = await owner.query(`SELECT id FROM "Case" LIMIT 1`);
      const { rows: users } = await owner.query(`SELECT id FROM "User" LIMIT 1`);
      const log = await owner.query(
        `INSERT INTO "CaseAccessLog" ("id", "caseId", "userId", "action", "createdAt")
         VALUES (gen_random_uuid(), $1, $2, 'VIEW', now() - interval '3 years') RETURNING id`,
        [cases[0].id, users[0].id],
      );
      const audit = await owner.query(
        `INSERT INTO "AuditEvent" ("id", "action", "targetType", "targetId", "createdAt")
         VALUES (gen_random_uuid(), 'user.update', 'User', 'x', now() - interval '6 years') RETURNING id`,
      );
      for (const [flag, sql, id] of [
        ["access_log_purge", `DELETE FROM "CaseAccessLog" WHERE id = $1`, log.rows[0].id],
        ["audit_purge", `DELETE FROM "AuditEvent" WHERE id = $1`, audit.rows[0].id],
      ] as const) {
        await owner.query("BEGIN");
        await owner.query(`SET LOCAL reencuentro.${flag} = 'on'`);
        await expect(owner.query(sql, [id])).rejects.toThrow(/append-only/);
        await owner.query("ROLLBACK");
      }
      // The functions still open them for the owner.
      await owner.query(
        `SELECT "case_access_log_purge"((now() - interval '2 years')::timestamp, NULL, '{}')`,
      );
      await owner.query(`SELECT "audit_event_purge"(interval '5 years')`);
      const left = await owner.query(
        `SELECT (SELECT count(*)::int FROM "CaseAccessLog" WHERE id = $1) + (SELECT count(*)::int FROM "AuditEvent" WHERE id = $2) AS n`,
        [log.rows[0].id, audit.rows[0].id],
      );
      expect(left.rows[0].n).toBe(0);
    } finally {
      await owner.end();
    }
  });

  it("is no superuser and cannot create roles or databases", async () => {
    const { rows } = await app.query(
      `SELECT rolsuper, rolcreaterole, rolcreatedb, rolbypassrls FROM pg_roles WHERE rolname = current_user`,
    );
    expect(rows[0]).toEqual({
      rolsuper: false,
      rolcreaterole: false,
      rolcreatedb: false,
      rolbypassrls: false,
    });
  });

  it("owns the job engine's schema, where pg-boss creates its queue partitions", async () => {
    await app.query(`CREATE TABLE pgboss.roles_probe (id int)`);
    await app.query(`DROP TABLE pgboss.roles_probe`);
    const { rows } = await app.query(`SELECT count(*)::int AS n FROM pgboss.job`);
    expect(rows[0].n).toBeGreaterThanOrEqual(0);
  });
});
