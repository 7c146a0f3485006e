// `npm run worker`: refuses the embedded database, starts on PostgreSQL with every registered
// queue and schedule installed, and stops cleanly on SIGTERM.
import { execFile, spawn } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/testing/test-db";

const run = promisify(execFile);
let testDb: TestDb;

beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb?.drop());

describe("npm run worker", () => {
  it("refuses to run without DATABASE_URL (PGlite belongs to the web process)", async () => {
    const env = { ...process.env };
    delete env.DATABASE_URL;
    const r = await run("npm", ["run", "--silent", "worker"], { env, timeout: 30_000 }).catch((e) => e);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/DATABASE_URL is unset.*inside `npm start`/);
  });

  it("starts, installs the catalogue's queues and schedules, and stops on SIGTERM", async () => {
    // node itself (not npx), so the signal reaches the worker.
    const child = spawn(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", "scripts/worker.ts"],
      {
        env: { ...process.env, DATABASE_URL: testDb.url },
      },
    );
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    const end = Date.now() + 30_000;
    while (!/worker is running \d+ job/.test(out) && Date.now() < end)
      await new Promise((r) => setTimeout(r, 100));
    expect(out).toMatch(/worker is running \d+ job/);
    const schedules = await testDb.db.$queryRawUnsafe<{ name: string }[]>(
      `SELECT name FROM pgboss.schedule ORDER BY name`,
    );
    // Every cron job of the catalogue, whatever features add.
    await import("@/server/jobs/catalog");
    const { jobDefinitions } = await import("@/server/jobs/registry");
    const crons = jobDefinitions()
      .filter((d) => d.options.cron)
      .map((d) => d.name)
      .sort();
    expect(crons).toContain("housekeeping-purge");
    expect(schedules.map((s) => s.name)).toEqual(crons);
    const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(out).not.toMatch(/Error/);
  });
});
