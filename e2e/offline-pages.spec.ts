import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { cachedPaths, waitUntilKept } from "./fixtures/offline";

// Which pages the service worker keeps, and what a phone without a connection sees.

test("once visited, the report form works offline; other pages show the offline page", async ({
  page,
  context,
}) => {
  await page.goto("/es/report");
  await waitUntilKept(page, "/es/report");
  await context.setOffline(true);
  try {
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Denunciar la desaparición de una persona",
    );
    // Hydrated from the kept scripts: the stepper's button comes alive without a network.
    await expect(page.getByRole("button", { name: /^Siguiente$/ })).toBeEnabled();
    await page.goto("/es/missing");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sin conexión");
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await page.goto("/en/stats");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("No connection");
  } finally {
    await context.setOffline(false);
  }
});

test("a page answered to a browser with cookies is never kept", async ({ page, context, baseURL }) => {
  await page.goto("/es/report");
  await waitUntilKept(page, "/es/report");
  // Any cookie (a session, the track page's claim) may change the page: the proxy does not mark it.
  await context.addCookies([{ name: "reen_track", value: "x", url: baseURL! }]);
  await page.goto("/es/track");
  await page.goto("/es");
  expect(await cachedPaths(page, "pages")).toEqual(["/es/report"]);
});
