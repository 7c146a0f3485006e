import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import { signInAs } from "./fixtures/auth";
import { e2eQuery, fillClaim, fillReporter, readReceipt, syntheticPerson } from "./fixtures/claim-form";

const ES = { next: /^Siguiente$/, send: "Enviar la denuncia" };
const EN = { next: /^Next$/, send: "Send the claim" };

async function noAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);
}

async function trackClaim(page: Page, locale: string, caseNumber: string, code: string) {
  await page.goto(`/${locale}/track`);
  await page.locator("#track-caseNumber").fill(caseNumber);
  await page.locator("#track-trackingCode").fill(code);
  await page.locator("#track-trackingCode").press("Enter");
}

test("a complete claim in Spanish is filed, then tracked with its code", async ({ page }) => {
  await page.goto("/es/report");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Denunciar la desaparición de una persona",
  );
  await fillClaim(page, syntheticPerson(), { next: ES.next });
  await page.getByRole("button", { name: ES.next }).click();
  await fillReporter(page, ES.next);
  await page.getByLabel("El nombre", { exact: true }).check();
  await page.getByLabel(/^La descripción física/).check();
  await page.getByRole("button", { name: ES.send }).click();
  // A minor: publishing the name needs the parent's or guardian's word.
  await expect(page.locator("#claim-consent-guardianConfirmed-error")).toContainText("menor de 18 años");
  await page.getByLabel("Soy la madre, el padre o el tutor legal de la persona desaparecida").check();
  await page.getByRole("button", { name: ES.send }).click();

  await expect(page.getByRole("heading", { name: "Recibimos su denuncia" })).toBeFocused();
  const { caseNumber, trackingCode } = await readReceipt(page);
  expect(caseNumber).toMatch(/^BO-\d{4}-\d{6}$/);
  expect(trackingCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  // The draft is gone once the server acknowledged the claim.
  expect(await page.evaluate(() => localStorage.getItem("reencuentro:claim-draft:v1"))).toBeNull();

  await trackClaim(page, "es", caseNumber, trackingCode.toLowerCase());
  await expect(page.getByRole("heading", { name: `Caso ${caseNumber}` })).toBeVisible();
  await expect(page.getByText("Denunciado", { exact: true })).toBeVisible();
  await expect(page.getByText("Policía Boliviana – FELCC")).toBeVisible();
  await expect(page.getByText("el nombre, la descripción física y la ropa.")).toBeVisible();
  const [row] = await e2eQuery<{ d: boolean; a: boolean }>(
    `SELECT "consentPublishDescription" AS d, "consentPublishAge" AS a FROM "Case" WHERE "caseNumber" = $1`,
    [caseNumber],
  );
  expect(row).toEqual({ d: true, a: false });
});

test("a complete claim in English, with a photo, is filed and tracked", async ({ page }) => {
  await page.goto("/en/report");
  await fillClaim(page, syntheticPerson(), { next: EN.next, country: "BZ", region: "BZ-CY" });
  const jpeg = await sharp({ create: { width: 900, height: 700, channels: 3, background: "#468" } })
    .jpeg()
    .withExif({ IFD0: { Make: "E2ECam" } })
    .toBuffer();
  await page
    .locator("#claim-photos")
    .setInputFiles({ name: "maria.jpg", mimeType: "image/jpeg", buffer: jpeg });
  await expect(page.getByRole("img", { name: "Preview of maria.jpg" })).toBeVisible();
  await page.getByRole("button", { name: EN.next }).click();
  await fillReporter(page, EN.next);
  await expect(page.getByRole("heading", { name: "Check your answers" })).toBeVisible();
  await expect(page.getByText("maria.jpg")).toBeVisible();
  await page.getByRole("button", { name: EN.send }).click();
  await expect(page.getByRole("heading", { name: "We received your claim" })).toBeVisible();
  const { caseNumber, trackingCode } = await readReceipt(page);
  expect(caseNumber).toMatch(/^BZ-\d{4}-\d{6}$/);
  // The photo follows the claim in its own request.
  await expect(page.getByTestId("photo-uploads")).toContainText("All photos were sent.");

  const photos = await e2eQuery<{ id: string; width: number }>(
    `SELECT p.id, p.width FROM "CasePhoto" p JOIN "Case" c ON c.id = p."caseId" WHERE c."caseNumber" = $1`,
    [caseNumber],
  );
  expect(photos).toEqual([{ id: expect.any(String), width: 900 }]);
  // Case photos are for staff only.
  expect((await page.request.get(`/api/photos/${photos[0]!.id}`)).status()).toBe(404);

  await trackClaim(page, "en", caseNumber, trackingCode);
  await expect(page.getByRole("heading", { name: `Case ${caseNumber}` })).toBeVisible();
  await expect(page.getByText("Reported", { exact: true })).toBeVisible();
  await expect(page.getByText("You did not allow anything to be published.")).toBeVisible();
});

test("each step of /report has no accessibility violations, with and without errors", async ({ page }) => {
  // Seven axe runs: slow on a loaded 2-core machine.
  test.slow();
  await page.goto("/es/report");
  await noAxeViolations(page);
  await page.getByRole("button", { name: ES.next }).click();
  await expect(page.locator("#claim-person-givenNames")).toBeFocused();
  await expect(page.locator("#claim-person-givenNames-error")).toHaveText("Este campo es obligatorio.");
  await noAxeViolations(page);
  await fillClaim(page, syntheticPerson(), { next: ES.next });
  await noAxeViolations(page);
  await page.getByRole("button", { name: "Atrás" }).click();
  await expect(page.getByRole("heading", { name: "Última vez que se la vio" })).toBeVisible();
  await noAxeViolations(page);
  await page.getByRole("button", { name: ES.next }).click();
  await page.getByRole("button", { name: ES.next }).click();
  await page.getByRole("button", { name: ES.next }).click();
  await expect(page.locator("#claim-reporter-phone-error")).toContainText("teléfono o un correo");
  await noAxeViolations(page);
  await fillReporter(page, ES.next);
  await expect(page.getByRole("heading", { name: "Revise sus respuestas" })).toBeVisible();
  await noAxeViolations(page);
  await page.getByRole("button", { name: ES.send }).click();
  await expect(page.getByRole("heading", { name: "Recibimos su denuncia" })).toBeVisible();
  await noAxeViolations(page);
});

test("the draft survives a reload, and a lost answer is retried without a second case", async ({ page }) => {
  const who = syntheticPerson();
  await page.goto("/es/report");
  await fillClaim(page, who, { next: ES.next });
  await page.reload();
  await expect(page.getByText("Recuperamos las respuestas que aún no había enviado.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Fotos", exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Atrás" }).click();
  await page.getByRole("button", { name: "Atrás" }).click();
  await expect(page.locator("#claim-person-givenNames")).toHaveValue(who.givenNames);
  await page.getByRole("button", { name: ES.next }).click();
  await page.getByRole("button", { name: ES.next }).click();
  await page.getByRole("button", { name: ES.next }).click();
  await fillReporter(page, ES.next);
  const submissionId = await page.evaluate(
    () => JSON.parse(localStorage.getItem("reencuentro:claim-draft:v1")!).values.submissionId as string,
  );

  // The server files the claim, but its answer never reaches the browser.
  let dropped = false;
  await page.route("**/es/report", async (route) => {
    if (route.request().method() !== "POST" || dropped) return route.continue();
    dropped = true;
    await route.fetch();
    await route.abort("connectionreset");
  });
  await page.getByRole("button", { name: ES.send }).click();
  await expect(page.getByText("No pudimos comunicarnos con el servidor.")).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem("reencuentro:claim-draft:v1"))).not.toBeNull();

  await page.getByRole("button", { name: ES.send }).click();
  await expect(page.getByText("Esta denuncia ya se había recibido antes")).toBeVisible();
  const { caseNumber } = await readReceipt(page);
  const rows = await e2eQuery<{ caseNumber: string }>(
    `SELECT "caseNumber" FROM "Case" WHERE "submissionId" = $1`,
    [submissionId],
  );
  expect(rows).toEqual([{ caseNumber }]);
});

test("the form works at 360 px with the keyboard only", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/en/report");
  const tabTo = async (selector: string) => {
    for (let i = 0; i < 80; i++) {
      if (await page.locator(selector).evaluate((el) => el === document.activeElement)) return;
      await page.keyboard.press("Tab");
    }
    throw new Error(`Tab never reached ${selector}`);
  };
  const type = async (selector: string, text: string) => {
    await tabTo(selector);
    await page.keyboard.type(text);
  };
  await type("#claim-person-givenNames", "Keyboard");
  await type("#claim-person-familyNames", "Only Test");
  await type("#claim-person-sex", "Female");
  await type("#claim-person-approxAge", "30");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Last seen" })).toBeFocused();
  await type("#claim-lastSeen-country", "Peru");
  await type("#claim-lastSeen-city", "Cusco");
  await tabTo("#claim-lastSeen-date");
  // Chromium's date field takes the digits in the browser's order (es-ES here: day, month, year).
  await page.keyboard.type("01102026");
  await type("#claim-lastSeen-circumstances", "Went to the market.");
  await tabTo("#claim-lastSeen-riskIndicators-ONLINE_CONTACT");
  await page.keyboard.press("Space");
  await expect(page.locator("#claim-lastSeen-riskIndicators-ONLINE_CONTACT")).toBeChecked();
  await tabTo("#claim-form button[type=submit]");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Photos", exact: true })).toBeFocused();
  await tabTo("#claim-form button[type=submit]");
  await page.keyboard.press("Enter");
  await type("#claim-reporter-name", "Key Board");
  await type("#claim-reporter-relationship", "Friend");
  await type("#claim-reporter-email", "keyboard@example.org");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Consent and review" })).toBeFocused();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  expect(overflow).toBe(false);
  await tabTo("#claim-form button[type=submit]");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "We received your claim" })).toBeFocused();
  expect((await readReceipt(page)).caseNumber).toMatch(/^PE-\d{4}-\d{6}$/);
  expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);
});

test("case photos are served to staff who may read the case, never to the public", async ({ page }) => {
  const jpeg = await sharp({ create: { width: 640, height: 480, channels: 3, background: "#853" } })
    .jpeg()
    .toBuffer();
  const res = await page.request.post("/api/v1/claims", {
    headers: { "Idempotency-Key": crypto.randomUUID() },
    data: {
      person: { givenNames: "Foto", familyNames: "Prueba Sintética", sex: "FEMALE", approxAge: 25 },
      lastSeen: { country: "BZ", city: "Belmopan", date: "2026-09-01", circumstances: "Did not come home." },
      reporter: { name: "Test", relationship: "FRIEND", phone: "+501 600 0000", preferredLocale: "en" },
      consent: {},
      photos: [jpeg.toString("base64")],
    },
  });
  expect(res.status()).toBe(201);
  const { caseNumber } = (await res.json()) as { caseNumber: string };
  const [photo] = await e2eQuery<{ id: string }>(
    `SELECT p.id FROM "CasePhoto" p JOIN "Case" c ON c.id = p."caseId" WHERE c."caseNumber" = $1`,
    [caseNumber],
  );
  expect((await page.request.get(`/api/photos/${photo!.id}`)).status()).toBe(404);
  await signInAs(page, "police.bz");
  const thumb = await page.request.get(`/api/photos/${photo!.id}`);
  expect(thumb.status()).toBe(200);
  expect(thumb.headers()["content-type"]).toBe("image/jpeg");
  expect(thumb.headers()["cache-control"]).toContain("no-store");
  expect((await sharp(await thumb.body()).metadata()).width).toBe(320);
  expect((await page.request.get(`/api/photos/${crypto.randomUUID()}`)).status()).toBe(404);
});

test("the claims API is idempotent and explains refusals in the asked language", async ({ request }) => {
  const key = crypto.randomUUID();
  const claim = {
    person: { givenNames: "Api", familyNames: "Prueba Sintética", sex: "MALE", approxAge: 41 },
    lastSeen: { country: "GT", city: "Cobán", date: "2026-08-15", circumstances: "Salió a trabajar." },
    reporter: { name: "Test", relationship: "SIBLING", email: "api@example.org", preferredLocale: "es" },
    consent: {},
  };
  const first = await request.post("/api/v1/claims", { headers: { "Idempotency-Key": key }, data: claim });
  expect(first.status()).toBe(201);
  const again = await request.post("/api/v1/claims", { headers: { "Idempotency-Key": key }, data: claim });
  expect(again.status()).toBe(200);
  expect(((await again.json()) as { caseNumber: string }).caseNumber).toBe(
    ((await first.json()) as { caseNumber: string }).caseNumber,
  );
  const bad = await request.post("/api/v1/claims?locale=fr", {
    headers: { "Idempotency-Key": crypto.randomUUID() },
    data: { ...claim, reporter: { ...claim.reporter, email: "" } },
  });
  expect(bad.status()).toBe(400);
  expect(bad.headers()["content-type"]).toContain("application/problem+json");
  expect(await bad.json()).toMatchObject({
    status: 400,
    errors: {
      "reporter.phone": {
        code: "intake:errors.contactRequired",
        detail: "Indiquez un téléphone ou une adresse e-mail pour que nous puissions vous joindre.",
      },
    },
  });
});
