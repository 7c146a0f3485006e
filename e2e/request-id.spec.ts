// Every answer carries X-Request-Id; the server's log lines for that request are JSON with the
// same id, and an error answer quotes it as its reference (decision 077).
import { expect, test } from "@playwright/test";
import pg from "pg";
import { goodClaim } from "../src/features/intake/claim-fixtures";
import { startOwnServer, type OwnServer } from "./fixtures/own-server";

const DB_URL = process.env.E2E_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/reencuentro_e2e";

test.describe("request ids", () => {
  let server: OwnServer;
  test.beforeAll(async () => {
    server = await startOwnServer({ DATABASE_LOCK_TIMEOUT_MS: "300" });
  });
  test.afterAll(() => server?.stop());

  test("an outage answer quotes the request id that its log line carries", async ({ request }) => {
    const health = await request.get(`${server.origin}/api/health/live`);
    expect(health.headers()["x-request-id"]).toMatch(/^[0-9a-f]{8}$/);

    const locker = new pg.Client({ connectionString: DB_URL });
    await locker.connect();
    let res;
    try {
      await locker.query(`BEGIN; LOCK TABLE "Case" IN ACCESS EXCLUSIVE MODE`);
      const claim = goodClaim();
      res = await request.post(`${server.origin}/api/v1/claims`, { data: claim });
    } finally {
      await locker.query("ROLLBACK");
      await locker.end();
    }
    expect(res.status()).toBe(503);
    const id = res.headers()["x-request-id"];
    expect(id).toMatch(/^[0-9a-f]{8}$/);
    expect(((await res.json()) as { reference: string }).reference).toBe(id);
    await expect.poll(() => server.output()).toContain(`"requestId":"${id}"`);
    const line = server
      .output()
      .split("\n")
      .find((l) => l.includes(`"requestId":"${id}"`))!;
    expect(JSON.parse(line)).toMatchObject({ level: "warn", msg: "database unavailable", reference: id });
    expect(line).not.toMatch(/María|Mamani|Quispe|7123/);
  });

  test("a page that fails shows the request id as its reference, logged as one JSON line", async ({
    page,
  }) => {
    const locker = new pg.Client({ connectionString: DB_URL });
    await locker.connect();
    let res;
    try {
      await locker.query(`BEGIN; LOCK TABLE "Case" IN ACCESS EXCLUSIVE MODE`);
      // The public list reads "Case": past the 300 ms lock timeout its page fails on the server.
      res = await page.goto(`${server.origin}/es/missing`);
    } finally {
      await locker.query("ROLLBACK");
      await locker.end();
    }
    const id = res!.headers()["x-request-id"]!;
    expect(id).toMatch(/^[0-9a-f]{8}$/);
    // The page's reference (Next's digest, stamped with the request id where the database
    // failed: src/server/error-reference.ts) is the answer's X-Request-Id.
    await expect(page.locator("div.stack[role=alert] code")).toHaveText(id);
    await expect.poll(() => server.output()).toContain(`"reference":"${id}"`);
    const lines = server
      .output()
      .split("\n")
      .filter((l) => l.includes(`"requestId":"${id}"`));
    const failure = lines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .find((l) => l.msg === "unexpected error");
    expect(failure).toMatchObject({ level: "error", reference: id, where: "/[locale]/missing" });
    // Next's own printing of the error (plain text, whole message) is off.
    expect(server.output()).not.toContain("⨯");
    for (const line of server
      .output()
      .split("\n")
      .filter((l) => l.includes("lock timeout")))
      expect(() => JSON.parse(line), line).not.toThrow();
  });
});
