import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { e2eQuery, fillClaim, fillReporter, readReceipt, syntheticPerson } from "./fixtures/claim-form";
import { photosOnPhone, waitUntilKept, waitingOnPhone } from "./fixtures/offline";

// A claim (and its photos) sent without a connection waits on the phone and is filed once.

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
