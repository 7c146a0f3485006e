import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

// The portal installs on a phone's home screen: a manifest in the page's language and real icons.

/** Width and height from a PNG's IHDR chunk. */
function pngSize(body: Buffer) {
  expect(body.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: body.readUInt32BE(16), height: body.readUInt32BE(20) };
}

test("each page links the manifest of its language, with icons that exist", async ({ page, request }) => {
  for (const locale of ["es", "qu"]) {
    await page.goto(`/${locale}/report`);
    const href = await page.locator('link[rel="manifest"]').getAttribute("href");
    expect(href).toBe(`/${locale}/manifest.webmanifest`);
    const res = await request.get(href!);
    expect(res.headers()["content-type"]).toContain("application/manifest+json");
    const manifest = await res.json();
    expect(manifest).toMatchObject({ name: "Reencuentro", lang: locale, start_url: `/${locale}` });
    expect(manifest.display).toBe("standalone");
    const purposes = new Set<string>();
    for (const icon of manifest.icons as { src: string; sizes: string; purpose: string }[]) {
      const png = await request.get(icon.src);
      expect(png.status()).toBe(200);
      const { width, height } = pngSize(await png.body());
      expect(`${width}x${height}`).toBe(icon.sizes);
      purposes.add(`${icon.purpose} ${icon.sizes}`);
    }
    expect([...purposes].sort()).toEqual([
      "any 192x192",
      "any 512x512",
      "maskable 192x192",
      "maskable 512x512",
    ]);
  }
  // The Spanish report shortcut is named in Spanish.
  const es = await (await request.get("/es/manifest.webmanifest")).json();
  expect(es.shortcuts[0]).toEqual({ name: "Denunciar la desaparición de una persona", url: "/es/report" });
  expect((await request.get("/icons/none.png")).status()).toBe(404);
});

/** The paths kept in one of the service worker's caches. */
const cachedPaths = (page: Page, cache: string) =>
  page.evaluate(async (name) => {
    const keys = await (await caches.open(name)).keys();
    return keys.map((r) => new URL(r.url).pathname);
  }, cache);

/** Waits until the worker controls the page and holds the page and every script it loaded. */
async function waitUntilKept(page: Page, path: string) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  const scripts = await page
    // Not the polyfills (noModule): a current browser never loads them.
    .locator('script[src^="/_next/static/"]:not([nomodule])')
    .evaluateAll((els) => els.map((el) => el.getAttribute("src")!));
  expect(scripts.length).toBeGreaterThan(0);
  await expect.poll(() => cachedPaths(page, "pages"), { timeout: 20_000 }).toContain(path);
  await expect
    .poll(async () => {
      const kept = new Set(await cachedPaths(page, "static"));
      return scripts.filter((s) => !kept.has(s));
    })
    .toEqual([]);
}

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
