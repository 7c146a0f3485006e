// Bad configuration must give a clear sentence and a non-zero exit, never a stack trace or a
// half-working server.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { adminQuery, urlFor } from "@/testing/test-db";

const run = promisify(execFile);
const emptyDb = `reen_empty_${process.pid}`;

async function start(env: Record<string, string>) {
  try {
    const r = await run("npx", ["tsx", "scripts/start.ts", "-p", "0"], {
      env: { ...process.env, ...env },
      timeout: 30_000,
    });
    return { code: 0, out: r.stdout + r.stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

afterAll(() => adminQuery(`DROP DATABASE IF EXISTS "${emptyDb}" WITH (FORCE)`));

describe("npm start refuses bad configuration", () => {
  it("explains an unreachable DATABASE_URL", async () => {
    const r = await start({ DATABASE_URL: "postgresql://postgres@127.0.0.1:1/none" });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/Cannot reach the database at postgresql:\/\/postgres@127\.0\.0\.1:1\/none/);
    expect(r.out).not.toMatch(/\n\s+at /);
  });

  it("hides the password of DATABASE_URL", async () => {
    const r = await start({ DATABASE_URL: "postgresql://postgres:s3cret@127.0.0.1:1/none" });
    expect(r.out).not.toContain("s3cret");
  });

  it("refuses to start with pending migrations", async () => {
    await adminQuery(`CREATE DATABASE "${emptyDb}"`);
    const r = await start({ DATABASE_URL: urlFor(emptyDb) });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/pending migration\(s\).*npm run db:migrate/s);
  });
});
