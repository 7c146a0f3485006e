import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

test("the root redirects by Accept-Language", async ({ browser }) => {
  const context = await browser.newContext({
    locale: "en-US",
    extraHTTPHeaders: { "Accept-Language": "en-US,en;q=0.9" },
  });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Help us find the person who is missing");
  await context.close();
});

test("the root falls back to Spanish", async ({ browser }) => {
  const context = await browser.newContext({ extraHTTPHeaders: { "Accept-Language": "de-DE" } });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/es$/);
  await context.close();
});

test("the language switcher keeps the path and the keyboard reaches it", async ({ page }) => {
  await page.goto("/es/no-such-page");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Página no encontrada");
  // Keyboard only: open the disclosure with Enter, then follow the link with Enter.
  await page.locator(".lang-switcher summary").focus();
  await page.keyboard.press("Enter");
  const quechua = page.getByRole("link", { name: "Runa Simi" });
  await expect(quechua).toBeVisible();
  await quechua.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/qu\/no-such-page$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "qu");
});

test("skip link is the first stop for keyboard users", async ({ page }) => {
  await page.goto("/es");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Saltar al contenido" })).toBeFocused();
});

test("health reports the database", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(await res.json()).toMatchObject({ status: "ok", db: "ok" });
});

for (const locale of ["es", "en", "qu"]) {
  test(`home page in ${locale} has no accessibility violations at 360 px`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`/${locale}`);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(overflow).toBe(false);
  });
}
