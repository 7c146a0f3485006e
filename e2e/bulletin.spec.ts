import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { signInAs } from "./fixtures/auth";
import { E2E_DATABASE_URL, runDataScript } from "./fixtures/data";

// The bulletin end to end: a consented case (made with the shared factories and approved for
// publication by a police account) appears with only its consented fields; a tip sent from its poster reaches the
// police privately; withdrawing consent takes the case and its photo down at once.

interface Made {
  id: string;
  caseNumber: string;
  publicId: string;
}
let sql: pg.Client;
let adult: Made;
let minor: Made;
let withPhoto: Made;
const run = Date.now().toString(36).slice(-5);
const NAME = { givenNames: "Zoila", familyNames: `Quenallata Run${run}` };
const SECRET_CITY = "Villa Escondida";

test.beforeAll(async () => {
  ({ adult, minor, withPhoto } = runDataScript<{ adult: Made; minor: Made; withPhoto: Made }>(
    "make-bulletin-cases.ts",
    [run],
    { UPLOAD_DIR: process.env.E2E_UPLOAD_DIR ?? "data/e2e-uploads" },
  ));
  sql = new pg.Client({ connectionString: E2E_DATABASE_URL });
  await sql.connect();
});

test.afterAll(async () => {
  await sql?.end();
});

async function searchByName(page: Page, name: string) {
  await page.goto("/es/missing");
  await page.getByLabel("Nombre", { exact: true }).fill(name);
  await page.getByRole("button", { name: "Buscar" }).click();
  await expect(page.getByRole("heading", { name: "Resultados de la búsqueda" })).toBeVisible();
}

test("a consented case appears with only its consented fields, and no name goes into the URL", async ({
  page,
}) => {
  await searchByName(page, "Zoila Quenalata");
  expect(page.url()).not.toContain("Zoila");
  const results = page.getByRole("region", { name: "Resultados de la búsqueda" });
  const card = results.getByRole("listitem").filter({ hasText: NAME.familyNames });
  await expect(card).toHaveCount(1);
  await expect(card).toContainText("30 años");
  await expect(card).toContainText("Belice");
  await expect(card).toContainText("Sin foto publicada");
  await expect(card).not.toContainText(SECRET_CITY);
  await expect(card).not.toContainText("Lugar donde se le vio por última vez");
  // The minor without staff approval is not found, though the name matches.
  await expect(results).not.toContainText(`Menor Run${run}`);

  const response = await page.goto(`/es/missing/${adult.publicId}`);
  expect(response!.headers()["cache-control"]).toContain("no-store");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Zoila ${NAME.familyNames}`);
  const html = await page.content();
  for (const secret of [SECRET_CITY, adult.caseNumber, adult.id]) expect(html).not.toContain(secret);
  expect(adult.publicId).not.toContain(adult.caseNumber);
});

test("a minor appears only once police approve publication on the case page, and leaves on revocation", async ({
  page,
  browser,
}) => {
  const poster = `/es/missing/${minor.publicId}`;
  const visitor = await browser.newContext();
  const publicPage = await visitor.newPage();
  expect((await publicPage.goto(poster))!.status()).toBe(404);

  await signInAs(page, "police.bz");
  await page.goto(`/es/cases/${minor.caseNumber}`);
  await page.getByRole("button", { name: "Aprobar la publicación" }).click();
  await expect(page.getByText("Aprobación de publicación guardada.")).toBeVisible();
  expect((await publicPage.goto(poster))!.status()).toBe(200);
  await expect(publicPage.getByRole("heading", { level: 1 })).toContainText(`Menor Run${run}`);

  await page.reload();
  await page.getByRole("button", { name: "Revocar la aprobación" }).click();
  await expect(page.getByText("Aprobación de publicación guardada.")).toBeVisible();
  expect((await publicPage.goto(poster))!.status()).toBe(404);
  await visitor.close();
});

test("bulletin and poster have no accessibility violations at 360 px", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const url of ["/es/missing", `/es/missing/${withPhoto.publicId}`, `/qu/missing/${adult.publicId}`]) {
    const response = await page.goto(url);
    expect(response!.headers()["cache-control"]).toContain("no-store");
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations, url).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(overflow, url).toBe(false);
  }
});

test("the tip form explains bad input and writes nothing", async ({ page }) => {
  await page.goto(`/es/missing/${adult.publicId}`);
  await page.getByRole("button", { name: "Enviar información a la policía" }).click();
  await expect(page.getByText("Revise los campos marcados.")).toBeVisible();
  await expect(page.getByLabel("¿Qué sabe?")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Este campo es obligatorio.")).toBeVisible();
  await expect(page.getByLabel("¿Qué sabe?")).toBeFocused();
  const { rows } = await sql.query(`SELECT count(*)::int AS n FROM "Tip" WHERE "caseId" = $1`, [adult.id]);
  expect(rows[0].n).toBe(0);
});

test("a tip from the poster reaches the police privately and never shows publicly", async ({ page }) => {
  const words = `La vi en el mercado con una mochila azul ${run}`;
  await page.goto(`/es/missing/${adult.publicId}`);
  await page.getByLabel("¿Qué sabe?").fill(words);
  await page.getByLabel("¿Dónde?").fill("Mercado central");
  await page.getByLabel("¿Cuándo?").fill("Ayer por la tarde");
  await page.getByRole("button", { name: "Enviar información a la policía" }).click();
  await expect(page.getByText("Gracias. Su información fue enviada al personal del caso.")).toBeVisible();

  const tips = await sql.query(`SELECT "id", "body", "seenWhere", "contact" FROM "Tip" WHERE "caseId" = $1`, [
    adult.id,
  ]);
  expect(tips.rows).toEqual([
    { id: expect.any(String), body: words, seenWhere: "Mercado central", contact: null },
  ]);
  const events = await sql.query(
    `SELECT "actorKind", "newValue", "body" FROM "CaseEvent" WHERE "caseId" = $1 AND "type" = 'TIP_RECEIVED'`,
    [adult.id],
  );
  expect(events.rows).toEqual([{ actorKind: "PUBLIC", newValue: tips.rows[0].id, body: null }]);

  // Public pages never show it.
  await page.goto(`/es/missing/${adult.publicId}`);
  expect(await page.content()).not.toContain(words);
});

test("the tip form works without JavaScript, and a resent form stores the tip once", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  // The search posts too (no name in the URL) and the page comes back with the results.
  await page.goto("/es/missing");
  await page.getByLabel("Nombre", { exact: true }).fill("Zoila Quenallata");
  await page.getByRole("button", { name: "Buscar" }).click();
  await expect(page.getByRole("heading", { name: "Resultados de la búsqueda" })).toBeVisible();
  await expect(page.getByRole("link", { name: `Zoila ${NAME.familyNames}` })).toBeVisible();
  expect(page.url()).not.toContain("Zoila");

  const words = `Sin JavaScript: la vi en la parada ${run}`;
  await page.goto(`/es/missing/${adult.publicId}`);
  await page.getByLabel("¿Qué sabe?").fill(words);
  // Exactly what the browser posts, to send it again as a browser does after a lost answer.
  const fields = await page
    .locator("form[aria-labelledby=tip-title]")
    .evaluate((form: HTMLFormElement) =>
      [...new FormData(form).entries()].map(([k, v]) => [k, String(v)] as [string, string]),
    );
  await page.getByRole("button", { name: "Enviar información a la policía" }).click();
  await expect(page.getByText("Gracias. Su información fue enviada al personal del caso.")).toBeVisible();
  const again = await context.request.post(`/es/missing/${adult.publicId}`, {
    multipart: Object.fromEntries(fields),
    headers: { Origin: new URL(page.url()).origin },
  });
  expect(again.status()).toBe(200);
  expect(await again.text()).toContain("Gracias. Su información fue enviada al personal del caso.");
  const { rows } = await sql.query(`SELECT count(*)::int AS n FROM "Tip" WHERE "body" = $1`, [words]);
  expect(rows[0].n).toBe(1);
  await context.close();
});

test("the police officer sees the tip in the case timeline", async ({ page }) => {
  const words = `Para la policía ${run}`;
  await page.goto(`/es/missing/${adult.publicId}`);
  await page.getByLabel("¿Qué sabe?").fill(words);
  await page.getByRole("button", { name: "Enviar información a la policía" }).click();
  await expect(page.getByText("Gracias. Su información fue enviada al personal del caso.")).toBeVisible();
  await signInAs(page, "police.bz");
  await page.goto(`/es/cases/${adult.caseNumber}`);
  await expect(page.getByText(words)).toBeVisible();
});

test("photos are served only while the case is public, and withdrawal takes everything down", async ({
  page,
  request,
}) => {
  await page.goto(`/es/missing/${withPhoto.publicId}`);
  const img = page.getByRole("img", { name: /Eleuteria/ });
  await expect(img).toBeVisible();
  expect(await img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(0);
  const src = (await img.getAttribute("src"))!;
  expect(src).toMatch(/^\/api\/public-photos\/[0-9a-f-]{36}\/full$/);
  const photo = await request.get(src);
  expect(photo.status()).toBe(200);
  expect(photo.headers()["content-type"]).toBe("image/jpeg");
  expect(photo.headers()["cache-control"]).toContain("no-cache");

  // The reporter withdraws consent (the tracking page does this through the same columns).
  await sql.query(
    `UPDATE "Case" SET "consentWithdrawnAt" = now(), "consentPublishPhoto" = false, "consentPublishName" = false WHERE "id" = $1`,
    [withPhoto.id],
  );
  expect((await request.get(src)).status()).toBe(404);
  expect((await page.goto(`/es/missing/${withPhoto.publicId}`))!.status()).toBe(404);
});
