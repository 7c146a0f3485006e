import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import { e2eQuery, fillClaim, fillReporter, readReceipt, syntheticPerson } from "./fixtures/claim-form";

// On a cheap phone the browser reloads or kills the tab: the receipt (decision 172) and the photos
// chosen for a report not sent yet must survive it, and go from the phone when they should.
test.use({ viewport: { width: 360, height: 740 } });
const NEXT = /^Siguiente$/;
const RECEIPT_KEY = "reencuentro:claim-receipt:v1";
const KEPT_NOTE = /Este teléfono guarda este comprobante hasta el/;

/** The photos kept for the unsent draft (draft-photos.ts): name and size of each, or null. */
const draftPhotosOnPhone = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ name: string; size: number }[] | null>((resolve, reject) => {
        const req = indexedDB.open("reencuentro-draft", 1);
        req.onupgradeneeded = () => req.result.createObjectStore("photos", { keyPath: "key" });
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const get = req.result.transaction("photos").objectStore("photos").get("draft");
          get.onsuccess = () => {
            const kept = get.result as { photos: { name: string; blob: Blob }[] } | undefined;
            resolve(kept ? kept.photos.map((p) => ({ name: p.name, size: p.blob.size })) : null);
            req.result.close();
          };
        };
      }),
  );

/** Every text the service worker holds, to show that the code never lands there. */
const cachedTexts = (page: Page) =>
  page.evaluate(async () => {
    const out: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const req of await cache.keys()) out.push(await (await cache.match(req))!.text());
    }
    return out;
  });

async function fileClaim(page: Page) {
  await page.goto("/es/report");
  await fillClaim(page, syntheticPerson(), { next: NEXT });
  await page.getByRole("button", { name: NEXT }).click();
  await fillReporter(page, NEXT);
  await page.getByLabel("Soy la madre, el padre o el tutor legal de la persona desaparecida").check();
  await page.getByRole("button", { name: "Enviar la denuncia" }).click();
  await expect(page.getByRole("heading", { name: "Recibimos su denuncia" })).toBeVisible();
  return readReceipt(page);
}

test("the receipt survives a reload and a closed tab for a day, and the family removes it from the phone", async ({
  page,
  context,
}) => {
  const before = Date.now();
  const { caseNumber, trackingCode } = await fileClaim(page);
  expect(trackingCode).not.toBe("");
  await expect(page.getByText(KEPT_NOTE)).toBeVisible();

  // The tab is reloaded: the same receipt, with its note, not the empty form.
  await page.reload();
  await expect(page.getByRole("heading", { name: "Recibimos su denuncia" })).toBeVisible();
  expect(await readReceipt(page)).toEqual({ caseNumber, trackingCode });
  await expect(page.getByText(KEPT_NOTE)).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  // What is kept: the receipt alone (with the unit to contact, public reference data), for a day at most.
  const kept = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), RECEIPT_KEY))!) as Record<
    string,
    unknown
  >;
  expect(Object.keys(kept).sort()).toEqual([
    "caseNumber",
    "contact",
    "created",
    "filedAt",
    "keptUntil",
    "trackingCode",
  ]);
  expect(kept.keptUntil as number).toBeLessThanOrEqual(Date.now() + 24 * 3600_000);
  expect(kept.keptUntil as number).toBeGreaterThan(before + 23 * 3600_000);
  // Never in the service worker's caches.
  for (const text of await cachedTexts(page)) expect(text).not.toContain(trackingCode);

  // The tab is closed and the report page opened again.
  await page.close();
  const again = await context.newPage();
  await again.goto("/es/report");
  expect(await readReceipt(again)).toEqual({ caseNumber, trackingCode });

  // The family has written it down and removes it: asked once, then gone for good.
  await again.getByRole("button", { name: "Borrar el comprobante de este teléfono" }).click();
  await expect(again.getByText(/¿Anotó el número de caso y el código de seguimiento\?/)).toBeVisible();
  await again.getByRole("button", { name: "Sí, borrarlo" }).click();
  await expect(again.locator("#claim-person-givenNames")).toBeVisible();
  expect(await again.evaluate((k) => localStorage.getItem(k), RECEIPT_KEY)).toBeNull();
  await again.reload();
  await expect(again.locator("#claim-person-givenNames")).toBeVisible();
  await expect(again.getByTestId("receipt")).toHaveCount(0);
});

test("a receipt past its day is not shown and is deleted", async ({ page }) => {
  await page.goto("/es/report");
  await page.evaluate((k) => {
    const filedAt = Date.now() - 25 * 3600_000;
    localStorage.setItem(
      k,
      JSON.stringify({
        caseNumber: "BO-2026-000001",
        trackingCode: "ABCD-EFGH-JKMN",
        created: true,
        filedAt,
        keptUntil: filedAt + 24 * 3600_000,
      }),
    );
  }, RECEIPT_KEY);
  await page.reload();
  await expect(page.locator("#claim-person-givenNames")).toBeVisible();
  await expect(page.getByTestId("receipt")).toHaveCount(0);
  await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), RECEIPT_KEY)).toBeNull();
});

test("photos chosen in the form come back after a reload and leave the phone with the draft", async ({
  page,
}) => {
  test.slow(); // a photo is decoded and shrunk in the browser, twice
  const photo = await sharp({
    create: {
      width: 2000,
      height: 1500,
      channels: 3,
      background: "#406080",
      noise: { type: "gaussian", mean: 120, sigma: 30 },
    },
  })
    .jpeg({ quality: 90 })
    .toBuffer();
  const choose = async (name: string) => {
    await page.locator("#claim-photos").setInputFiles({ name, mimeType: "image/jpeg", buffer: photo });
    await expect(page.getByRole("img", { name: `Vista previa de ${name}` })).toBeVisible({ timeout: 30_000 });
  };

  await page.goto("/es/report");
  await fillClaim(page, syntheticPerson(), { next: NEXT });
  await expect(page.getByText("Las fotos se guardan en este teléfono con sus respuestas")).toBeVisible();
  await choose("IMG_0003.jpg");
  await expect
    .poll(() => draftPhotosOnPhone(page))
    .toEqual([{ name: "IMG_0003.jpg", size: expect.any(Number) }]);

  // Reloaded on the photo step: the answers and the (already shrunk) photo are back.
  await page.reload();
  await expect(page.getByRole("img", { name: "Vista previa de IMG_0003.jpg" })).toBeVisible();
  const [kept] = (await draftPhotosOnPhone(page))!;
  expect(kept!.size).toBeLessThan(photo.length);

  // "Start over" deletes them with the answers.
  await page.getByRole("button", { name: "Empezar de nuevo" }).click();
  await page.getByRole("button", { name: "Sí, borrar mis respuestas y empezar de nuevo" }).click();
  await expect.poll(() => draftPhotosOnPhone(page)).toBeNull();
  await page.reload();
  await expect(page.locator("#claim-person-givenNames")).toHaveValue("");

  // A new report with a photo, reloaded, then sent: the photo is stored with the case and the
  // copy on the phone is gone.
  await fillClaim(page, syntheticPerson(), { next: NEXT });
  await choose("IMG_0004.jpg");
  await expect.poll(() => draftPhotosOnPhone(page)).not.toBeNull();
  await page.reload();
  await expect(page.getByRole("img", { name: "Vista previa de IMG_0004.jpg" })).toBeVisible();
  await page.getByRole("button", { name: NEXT }).click();
  await fillReporter(page, NEXT);
  await expect(page.getByRole("region", { name: "Fotos" }).getByRole("definition")).toHaveText(
    "IMG_0004.jpg",
  );
  await page.getByLabel("Soy la madre, el padre o el tutor legal de la persona desaparecida").check();
  await page.getByRole("button", { name: "Enviar la denuncia" }).click();
  const { caseNumber } = await readReceipt(page);
  await expect(page.getByTestId("photo-uploads").getByRole("status")).toHaveText("Enviada", {
    timeout: 30_000,
  });
  const stored = await e2eQuery<{ position: number }>(
    `SELECT p.position FROM "CasePhoto" p JOIN "Case" c ON c.id = p."caseId" WHERE c."caseNumber" = $1`,
    [caseNumber],
  );
  expect(stored).toEqual([{ position: 0 }]);
  await expect.poll(() => draftPhotosOnPhone(page)).toBeNull();
});
