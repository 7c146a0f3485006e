import { expect, test } from "@playwright/test";

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
