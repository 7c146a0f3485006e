// `npm run retention:run`: the restore checklist's step (DEPLOYMENT.md). The dry run reports and
// changes nothing; the run soft-deletes what the rules select, as the nightly job does, audited.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeCase } from "@/features/bulletin/test-helpers";
import { closeAppTestDb, openAppTestDb, type TestDb } from "@/testing/test-db";

const run = promisify(execFile);
let testDb: TestDb;
let old: { id: string }, fresh: { id: string };

const retention = (args: string[], env: NodeJS.ProcessEnv) =>
  run(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "scripts/retention-run.ts", ...args],
    {
      env,
      timeout: 120_000,
    },
  );
const deletedAt = async (id: string) =>
  (await testDb.db.case.findFirst({ where: { id, deletedAt: undefined }, select: { deletedAt: true } }))
    ?.deletedAt ?? null;

beforeAll(async () => {
  testDb = await openAppTestDb(); // reference data: a claim needs its country
  old = await makeCase(testDb.db, { status: "REJECTED" });
  fresh = await makeCase(testDb.db, { status: "REJECTED" });
  await testDb.db.$executeRawUnsafe(
    `UPDATE "Case" SET "updatedAt" = now() - interval '100 days' WHERE id = $1::uuid`,
    old.id,
  );
}, 60_000);
afterAll(() => closeAppTestDb(testDb));

describe("npm run retention:run", () => {
  const env = () => ({ ...process.env, DATABASE_URL: testDb.url });

  it("refuses to run without DATABASE_URL", async () => {
    const e = { ...process.env };
    delete e.DATABASE_URL;
    const r = await retention([], e).catch((err: { code: number; stderr: string }) => err);
    expect((r as { code: number }).code).toBe(1);
    expect((r as { stderr: string }).stderr).toMatch(/DATABASE_URL is unset/);
  });

  it("--dry-run reports the old rejected report and changes nothing", async () => {
    const { stdout } = await retention(["--dry-run"], env());
    expect(JSON.parse(stdout.trim().split("\n").at(-1)!)).toMatchObject({
      dryRun: true,
      softDeleted: { REJECTED_CASE: 1 },
    });
    expect(await deletedAt(old.id)).toBeNull();
    expect(await testDb.db.auditEvent.count({ where: { action: "retention.run" } })).toBe(0);
  }, 150_000);

  it("the run soft-deletes it (not the fresh one) and writes its audit row", async () => {
    const { stdout } = await retention([], env());
    expect(JSON.parse(stdout.trim().split("\n").at(-1)!)).toMatchObject({
      dryRun: false,
      softDeleted: { REJECTED_CASE: 1 },
    });
    expect(await deletedAt(old.id)).not.toBeNull();
    expect(await deletedAt(fresh.id)).toBeNull();
    expect(await testDb.db.auditEvent.count({ where: { action: "retention.run", actorUserId: null } })).toBe(
      1,
    );
  }, 150_000);
});
