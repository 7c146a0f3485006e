import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import { e2eQuery, fillClaim, fillReporter, readReceipt, syntheticPerson } from "./fixtures/claim-form";

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

/** The claims waiting in the phone's IndexedDB (offline-queue.ts). */
const waitingOnPhone = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const req = indexedDB.open("reencuentro-offline", 1);
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const all = req.result.transaction("claims").objectStore("claims").getAllKeys();
          all.onsuccess = () => (resolve(all.result as string[]), req.result.close());
        };
      }),
  );

test("a report sent offline waits on the phone and is filed once when the connection returns", async ({
  page,
  context,
}) => {
  const NEXT = /^Siguiente$/;
  const SAVED = /Sin conexión: su denuncia quedó guardada en este teléfono/;
  await page.goto("/es/report");
  await waitUntilKept(page, "/es/report");
  const who = syntheticPerson();
  await fillClaim(page, who, { next: NEXT });
  await page.getByRole("button", { name: NEXT }).click();
  await fillReporter(page, NEXT);
  await page.getByLabel("Soy la madre, el padre o el tutor legal de la persona desaparecida").check();
  const submissionId = await page.evaluate(
    () => JSON.parse(localStorage.getItem("reencuentro:claim-draft:v1")!).values.submissionId as string,
  );
  let actionPosts = 0;
  page.on("request", (r) => {
    if (r.method() === "POST" && r.headers()["next-action"]) actionPosts++;
  });

  await context.setOffline(true);
  await page.getByRole("button", { name: "Enviar la denuncia" }).click();
  await expect(page.getByText(SAVED)).toBeVisible();
  expect(await waitingOnPhone(page)).toEqual([submissionId]);
  // Still there after the page is opened again without a connection (from the worker's copy).
  await page.reload();
  await expect(page.getByText(SAVED)).toBeVisible();
  expect(await e2eQuery(`SELECT 1 FROM "Case" WHERE "submissionId" = $1`, [submissionId])).toEqual([]);

  await context.setOffline(false);
  await expect(page.getByRole("heading", { name: "Recibimos su denuncia" })).toBeVisible();
  const { caseNumber } = await readReceipt(page);
  expect(caseNumber).toMatch(/^BO-\d{4}-\d{6}$/);
  await expect(page.getByTestId("tracking-code")).not.toBeEmpty();
  const rows = await e2eQuery<{ caseNumber: string }>(
    `SELECT "caseNumber" FROM "Case" WHERE "givenNames" = $1 AND "familyNames" = $2`,
    [who.givenNames, who.familyNames],
  );
  expect(rows).toEqual([{ caseNumber }]);
  expect(actionPosts).toBe(1);
  expect(await waitingOnPhone(page)).toEqual([]);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

/** The photos kept beside each waiting claim: name, type and size of each Blob. */
const photosOnPhone = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ name: string; type: string; size: number }[][]>((resolve, reject) => {
        const req = indexedDB.open("reencuentro-offline", 1);
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const all = req.result.transaction("claims").objectStore("claims").getAll();
          all.onsuccess = () => {
            const claims = all.result as { photos?: { name: string; type: string; blob: Blob }[] }[];
            resolve(
              claims.map((c) =>
                (c.photos ?? []).map((p) => ({ name: p.name, type: p.type, size: p.blob.size })),
              ),
            );
            req.result.close();
          };
        };
      }),
  );

test("photos chosen for a report sent offline wait on the phone with it, survive a reload and follow it", async ({
  page,
  context,
}, testInfo) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const NEXT = /^Siguiente$/;
  const SAVED = /Sin conexión: su denuncia quedó guardada en este teléfono/;
  const PHOTOS_KEPT = /Las fotos quedaron guardadas con ella/;
  await page.goto("/es/report");
  await waitUntilKept(page, "/es/report");
  const who = syntheticPerson();
  await fillClaim(page, who, { next: NEXT });
  // A camera-sized photo: the form shrinks it to 1600 px before keeping it.
  const photo = await sharp({
    create: {
      width: 2400,
      height: 1800,
      channels: 3,
      background: "#806040",
      noise: { type: "gaussian", mean: 120, sigma: 30 },
    },
  })
    .jpeg({ quality: 90 })
    .toBuffer();
  await page
    .locator("#claim-photos")
    .setInputFiles({ name: "IMG_0002.jpg", mimeType: "image/jpeg", buffer: photo });
  await expect(page.getByRole("img", { name: "Vista previa de IMG_0002.jpg" })).toBeVisible({
    timeout: 30_000,
  });
  await page.getByRole("button", { name: NEXT }).click();
  await fillReporter(page, NEXT);
  await page.getByLabel("Soy la madre, el padre o el tutor legal de la persona desaparecida").check();
  const submissionId = await page.evaluate(
    () => JSON.parse(localStorage.getItem("reencuentro:claim-draft:v1")!).values.submissionId as string,
  );

  await context.setOffline(true);
  try {
    await page.getByRole("button", { name: "Enviar la denuncia" }).click();
    await expect(page.getByText(SAVED)).toBeVisible();
    await expect(page.getByText(PHOTOS_KEPT)).toBeVisible();
    expect(await waitingOnPhone(page)).toEqual([submissionId]);
    const kept = await photosOnPhone(page);
    expect(kept).toEqual([[{ name: "IMG_0002.jpg", type: "image/jpeg", size: expect.any(Number) }]]);
    // Shrunk before it was kept: far less than the chosen file.
    expect(kept[0]![0]!.size).toBeLessThan(photo.length);

    // The tab is reloaded without a connection: the claim and its photo are still there, shown.
    await page.reload();
    await expect(page.getByText(SAVED)).toBeVisible();
    await expect(page.getByText(PHOTOS_KEPT)).toBeVisible();
    // The review lists the photo that waits with the claim.
    await expect(page.getByRole("region", { name: "Fotos" }).getByRole("definition")).toHaveText(
      "IMG_0002.jpg",
    );
    await page.screenshot({ path: testInfo.outputPath("offline-report-with-photo-360.png"), fullPage: true });
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  } finally {
    await context.setOffline(false);
  }

  // Back online: the claim is filed, then its kept photo is sent and stored.
  await expect(page.getByRole("heading", { name: "Recibimos su denuncia" })).toBeVisible();
  const uploads = page.getByTestId("photo-uploads");
  await expect(uploads.getByRole("status")).toHaveText("Enviada", { timeout: 30_000 });
  await expect(uploads).toContainText("Se enviaron todas las fotos.");
  const photos = await e2eQuery<{ position: number; width: number; height: number }>(
    `SELECT p.position, p.width, p.height FROM "CasePhoto" p JOIN "Case" c ON c.id = p."caseId" WHERE c."submissionId" = $1`,
    [submissionId],
  );
  expect(photos).toEqual([{ position: 0, width: 1600, height: 1200 }]);
  expect(await waitingOnPhone(page)).toEqual([]);
});

test("a send lost on a line the phone thinks is up waits on the phone and is tried again by itself", async ({
  page,
}) => {
  const NEXT = /^Siguiente$/;
  await page.goto("/es/report");
  const who = syntheticPerson();
  await fillClaim(page, who, { next: NEXT });
  await page.getByRole("button", { name: NEXT }).click();
  await fillReporter(page, NEXT);
  await page.getByLabel("Soy la madre, el padre o el tutor legal de la persona desaparecida").check();
  const submissionId = await page.evaluate(
    () => JSON.parse(localStorage.getItem("reencuentro:claim-draft:v1")!).values.submissionId as string,
  );
  // The first send dies on the way (the server never sees it); navigator.onLine stays true, so
  // no "online" event will ever come to wake the queue.
  let actionPosts = 0;
  await page.route("**/es/report", async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    actionPosts += 1;
    if (actionPosts === 1) return route.abort("connectionreset");
    return route.continue();
  });
  await page.getByRole("button", { name: "Enviar la denuncia" }).click();
  await expect(page.getByText("No pudimos comunicarnos con el servidor.")).toBeVisible();
  expect(await waitingOnPhone(page)).toEqual([submissionId]);
  expect(await e2eQuery(`SELECT 1 FROM "Case" WHERE "submissionId" = $1`, [submissionId])).toEqual([]);

  // Nobody presses anything: the waiting claim is sent again after a few seconds.
  await expect(page.getByRole("heading", { name: "Recibimos su denuncia" })).toBeVisible({ timeout: 20_000 });
  const { caseNumber } = await readReceipt(page);
  const rows = await e2eQuery<{ caseNumber: string }>(
    `SELECT "caseNumber" FROM "Case" WHERE "submissionId" = $1`,
    [submissionId],
  );
  expect(rows).toEqual([{ caseNumber }]);
  expect(actionPosts).toBe(2);
  expect(await waitingOnPhone(page)).toEqual([]);
});

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
