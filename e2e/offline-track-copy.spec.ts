import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { cachedPaths, waitUntilKept } from "./fixtures/offline";

// The family's own claim status is the only case data the phone keeps, and only for them.

test("the family's claim status, once seen, reads offline as a dated saved copy, and is forgotten with the claim", async ({
  page,
  context,
  baseURL,
}, testInfo) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const res = await page.request.post("/api/v1/claims", {
    headers: { "Idempotency-Key": crypto.randomUUID() },
    data: {
      person: {
        givenNames: `Copia ${Date.now().toString(36)}`,
        familyNames: "Prueba Sintética",
        sex: "MALE",
        approxAge: 34,
      },
      lastSeen: {
        country: "CL",
        city: "Valparaíso",
        date: "2026-09-20",
        circumstances: "No volvió del trabajo.",
      },
      reporter: {
        name: "Ana Prueba",
        relationship: "SIBLING",
        email: "ana@example.org",
        preferredLocale: "es",
      },
      consent: {},
    },
  });
  expect(res.status()).toBe(201);
  const { caseNumber, trackingCode } = (await res.json()) as { caseNumber: string; trackingCode: string };

  await page.goto("/es/track");
  await waitUntilKept(page, "/es/track");
  await page.locator("#track-caseNumber").fill(caseNumber);
  await page.locator("#track-trackingCode").fill(trackingCode);
  await page.getByRole("button", { name: "Ver el estado" }).click();
  const title = page.getByRole("heading", { name: `Caso ${caseNumber}` });
  await expect(title).toBeVisible();
  // The status came as a server action's answer; the worker asked the page again to keep it.
  await expect.poll(() => cachedPaths(page, "track-status"), { timeout: 15_000 }).toEqual(["/es/track"]);
  const notice = page.locator("#track-offline-copy");
  await expect(notice).toBeHidden();
  // Not in the cache of cookie-free pages, which still holds only the blank form.
  const pages = await page.evaluate(async () => {
    const kept = await (await caches.open("pages")).match("/es/track");
    return kept ? await kept.text() : "";
  });
  expect(pages).not.toContain(caseNumber);

  await context.setOffline(true);
  try {
    await page.reload();
    await expect(title).toBeVisible();
    await expect(notice).toBeVisible();
    await expect(notice).toContainText("Sin conexión: esta es la copia guardada en este teléfono el");
    await page.screenshot({ path: testInfo.outputPath("track-offline-copy-360.png") });
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  } finally {
    await context.setOffline(false);
  }

  // Online again: the live page, without the notice.
  await page.reload();
  await expect(title).toBeVisible();
  await expect(notice).toBeHidden();
  // "Check another claim" forgets the claim in this browser, and the phone's copy with it.
  await page.getByRole("button", { name: "Consultar otra denuncia" }).click();
  await expect(page.locator("#track-caseNumber")).toBeVisible();
  await expect.poll(() => cachedPaths(page, "track-status"), { timeout: 15_000 }).toEqual([]);
  await context.setOffline(true);
  try {
    await page.reload();
    await expect(page.locator("#track-caseNumber")).toBeVisible();
    expect(await page.content()).not.toContain(caseNumber);
  } finally {
    await context.setOffline(false);
  }
  // A browser with any other cookie (a staff session) never gets a copy.
  await page.goto("/es/track");
  await page.locator("#track-caseNumber").fill(caseNumber);
  await page.locator("#track-trackingCode").fill(trackingCode);
  await context.addCookies([{ name: "next-auth.session-token", value: "x", url: baseURL! }]);
  await page.getByRole("button", { name: "Ver el estado" }).click();
  await expect(title).toBeVisible();
  await page.reload();
  await expect(title).toBeVisible();
  expect(await cachedPaths(page, "track-status")).toEqual([]);
});
