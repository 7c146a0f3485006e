// Findings of the security review, checked against real running servers.
import { expect, test } from "@playwright/test";
import { goodClaim } from "../src/features/intake/claim-fixtures";
import { DEMO_PASSWORD } from "./fixtures/auth";
import { createThrowawayUser, ORIGIN, signInWithForm, sql } from "./fixtures/access";
import { startOwnServer, type OwnServer } from "./fixtures/own-server";

test.describe("client address without TRUST_PROXY", () => {
  let server: OwnServer;
  test.beforeAll(async () => {
    // One new claim per hour per address.
    server = await startOwnServer({ RATE_LIMIT_MULTIPLIER: String(1 / 120) });
  });
  test.afterAll(() => server?.stop());

  test("a made-up X-Forwarded-For does not reset the per-IP limit", async ({ request }) => {
    const post = (xff: string) =>
      request.post(`${server.origin}/api/v1/claims`, {
        data: goodClaim(),
        headers: { "X-Forwarded-For": xff, "X-Reencuentro-Client-Ip": xff },
      });
    expect((await post("198.51.100.1")).status()).toBe(201);
    const second = await post("198.51.100.2");
    expect(second.status()).toBe(429);
    expect(second.headers()["retry-after"]).toBeTruthy();
  });
});

test("sign-out revokes the session: a copy of the token no longer works", async ({ page, browser }) => {
  const password = "Lluvia sobre el Illimani 7";
  const user = await createThrowawayUser("POLICE", "BZ", password);
  await signInWithForm(page, user.email, password);
  await expect(page).toHaveURL(/\/es\/cases$/);
  const copied = (await page.context().cookies()).filter((c) => c.name.endsWith("next-auth.session-token"));
  expect(copied).toHaveLength(1);
  await page.getByRole("button", { name: "Cerrar sesión", exact: true }).click();
  await expect(page).toHaveURL(/\/es$/);

  const thief = await browser.newContext();
  await thief.addCookies(copied);
  const stolen = await thief.newPage();
  await stolen.goto("/es/account");
  await expect(stolen).toHaveURL(/\/es\/login/);
  await thief.close();
});

test("a server action with a forged Origin and X-Forwarded-Host writes nothing", async ({ request }) => {
  // The login form without JavaScript: its hidden action fields, posted as the browser would.
  const html = await (await request.get("/es/login")).text();
  const form = /<form[^>]*>([\s\S]*?)<\/form>/.exec(html)![1]!;
  const hidden = [...form.matchAll(/<input[^>]*type="hidden"[^>]*>/g)].map((m) => m[0]);
  const fields: Record<string, string> = {};
  for (const tag of hidden) {
    const name = /name="([^"]*)"/.exec(tag)?.[1];
    if (name) fields[name] = /value="([^"]*)"/.exec(tag)?.[1]?.replace(/&quot;/g, '"') ?? "";
  }
  const email = `forged-${Date.now()}@e2e.test`;
  const attempts = async () =>
    Number(
      (await sql<{ n: string }>(`SELECT count(*) AS n FROM "LoginAttempt" WHERE "email" = $1`, [email]))[0]!
        .n,
    );
  const post = (headers: Record<string, string>) =>
    request.post("/es/login", {
      multipart: { ...fields, email, password: DEMO_PASSWORD },
      headers,
      maxRedirects: 0,
    });

  const forged = await post({ Origin: "http://evil.example", "X-Forwarded-Host": "evil.example" });
  expect(forged.status()).toBe(403); // refused before Next (decision 076), not Next's 500
  expect(await attempts()).toBe(0);
  // The same request from our own origin does reach the action (so the test can fail).
  await post({ Origin: ORIGIN });
  expect(await attempts()).toBe(1);
});
