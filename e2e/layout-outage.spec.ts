// The root layout reads the database for its header (the signed-in user and their unread inbox
// count). A database outage there must not take the document down: the header renders without
// what it could not read (src/server/layout-read.ts) and the page's own error.tsx speaks, in the
// address's language, with the request id as its reference.
import { expect, test } from "@playwright/test";
import pg from "pg";
import { createThrowawayUser, signInWithForm, sql } from "./fixtures/access";
import { startOwnServer, type OwnServer } from "./fixtures/own-server";

const DB_URL = process.env.E2E_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/reencuentro_e2e";
/** The runtime role, as in production (grants apply to it; the superuser ignores them). */
function appUrl(url: string): string {
  const u = new URL(url);
  u.username = "reencuentro_app";
  u.password = "";
  return u.toString();
}

/** Loads `path` while `tables` are locked: past the server's 300 ms lock timeout, reads of them fail. */
async function whileLocked(tables: string[], load: () => Promise<unknown>) {
  const locker = new pg.Client({ connectionString: DB_URL });
  await locker.connect();
  try {
    await locker.query(
      `BEGIN; LOCK TABLE ${tables.map((t) => `"${t}"`).join(", ")} IN ACCESS EXCLUSIVE MODE`,
    );
    return await load();
  } finally {
    await locker.query("ROLLBACK");
    await locker.end();
  }
}

const logLines = (server: OwnServer, id: string) =>
  server
    .output()
    .split("\n")
    .filter((l) => l.includes(`"requestId":"${id}"`))
    .map((l) => JSON.parse(l) as Record<string, unknown>);

test.describe("a database outage in the root layout", () => {
  let server: OwnServer;
  const password = "Lluvia sobre el Illimani 7";
  test.beforeAll(async () => {
    server = await startOwnServer({ DATABASE_URL: appUrl(DB_URL), DATABASE_LOCK_TIMEOUT_MS: "300" });
  });
  test.afterAll(() => server?.stop());

  test.beforeEach(async ({ page }) => {
    const user = await createThrowawayUser("POLICE", "BZ", password);
    await signInWithForm(page, user.email, password, `${server.origin}/es/login`);
    // Password hashing on a loaded two-core machine can take a while.
    await expect(page).toHaveURL(/\/es\/cases$/, { timeout: 30_000 });
  });

  test("a locked inbox leaves the staff page whole: the header shows the inbox link without its count", async ({
    page,
  }) => {
    const res = (await whileLocked(["InboxItem"], () => page.goto(`${server.origin}/qu/cases`))) as Awaited<
      ReturnType<typeof page.goto>
    >;
    expect(res!.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", "qu");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Runata maskay");
    const nav = page.getByRole("navigation").first();
    await expect(nav.getByRole("link", { name: "Bandeja", exact: true })).toBeVisible();
    await expect(page.locator("div.stack[role=alert]")).toHaveCount(0);
    const id = res!.headers()["x-request-id"]!;
    await expect
      .poll(() => logLines(server, id).map((l) => l.msg))
      .toContain("database unavailable: layout rendered without it");
    expect(logLines(server, id).find((l) => l.where === "header unread count")).toMatchObject({
      level: "warn",
      reference: id,
    });
  });

  test("an outage of the session read shows the page's translated error with the request id", async ({
    page,
  }) => {
    // Every staff page starts by reading the signed-in user, like the header: the header renders
    // without it, the page fails into error.tsx.
    const res = (await whileLocked(["User"], () => page.goto(`${server.origin}/qu/cases`))) as Awaited<
      ReturnType<typeof page.goto>
    >;
    const id = res!.headers()["x-request-id"]!;
    expect(id).toMatch(/^[0-9a-f]{8}$/);
    // What every page failing into error.tsx answers today (a locked "Case" on /es/missing too):
    // Next sets 500 and no Retry-After; only the API's problem answers say 503 (api-problem.ts).
    expect(res!.status()).toBe(500);
    await expect(page.locator("html")).toHaveAttribute("lang", "qu");
    const notice = page.locator("main div.stack[role=alert]");
    await expect(notice.getByRole("heading", { level: 1 })).toHaveText("Imapas mana allinchu karqan");
    await expect(notice).toContainText("Willaykunaykiqa mana chinkanchu");
    await expect(notice).toContainText(`Pantaypa yupaynin: ${id}`);
    // The header is there, with the public links and no session link it could not decide on.
    const nav = page.getByRole("navigation").first();
    await expect(nav.getByRole("link")).not.toHaveCount(0);
    await expect.poll(() => logLines(server, id).map((l) => l.msg)).toContain("unexpected error");
    expect(logLines(server, id).find((l) => l.where === "header viewer")).toMatchObject({ level: "warn" });
  });

  test("a real failure of the layout gets global-error.tsx: a whole page in the address's language", async ({
    page,
  }) => {
    // Not an outage (readForLayout lets it through): the runtime role lost its grant on the
    // inbox, as a botched deployment would do, so the header's unread count fails the root layout.
    let res;
    await sql(`REVOKE SELECT ON "InboxItem" FROM reencuentro_app`);
    try {
      res = await page.goto(`${server.origin}/qu/cases`);
    } finally {
      await sql(`GRANT SELECT ON "InboxItem" TO reencuentro_app`);
    }
    expect(res!.status()).toBe(500);
    const id = res!.headers()["x-request-id"]!;
    await expect(page.locator("html")).toHaveAttribute("lang", "qu");
    // No header or footer: the layout that draws them is what failed.
    await expect(page.locator("header")).toHaveCount(0);
    const notice = page.locator("main div.stack[role=alert]");
    await expect(notice.getByRole("heading", { level: 1 })).toHaveText("Imapas mana allinchu karqan");
    // A Prisma error: stamped with the request id like every database failure.
    await expect(notice).toContainText(`Pantaypa yupaynin: ${id}`);
    await expect(notice.getByRole("button", { name: "Wakmanta ruray" })).toBeVisible();
    await expect.poll(() => logLines(server, id).map((l) => l.msg)).toContain("unexpected error");
  });
});
