import { expect, test } from "@playwright/test";
import { expectNoAxeViolationsWithoutJs } from "./fixtures/axe-no-js";
import { signInAs } from "./fixtures/auth";
import { runDataScript } from "./fixtures/data";

// Removal requests and the family's privacy rights (decision 150), with JavaScript off on a
// 360 px phone: a request from a poster takes the page down at once and the police put it
// back; the family downloads a copy of their data, takes their page down and withdraws the claim.

interface Made {
  caseNumber: string;
  publicId: string;
  trackingCode: string;
}
let publicCase: Made;
let familyCase: Made;
const run = Date.now().toString(36).slice(-5);

test.use({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });

test.beforeAll(() => {
  ({ publicCase, familyCase } = runDataScript<{ publicCase: Made; familyCase: Made }>(
    "make-removal-cases.ts",
    [run],
  ));
});

test("every bulletin entry and the printed poster say where to ask for a take-down", async ({ page }) => {
  await page.goto("/es/missing");
  const hrefs = (sel: string) =>
    page.locator(sel).evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute("href") ?? ""))]);
  const posters = await hrefs('main li a[href^="/es/missing/"]:not([href$="/remove"])');
  expect(posters.length).toBeGreaterThan(0);
  // One take-down link per entry, to that entry's own form.
  expect(await hrefs('main li a[href$="/remove"]')).toEqual(posters.map((h) => `${h}/remove`));
  await page.getByRole("link", { name: "Pedir que se retire", exact: true }).first().click();
  await expect(page.getByRole("heading", { name: "Pedir que se retire una página pública" })).toBeVisible();
  await page.goto(`/es/missing/${publicCase.publicId}`);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("article")).toContainText(`/es/missing/${publicCase.publicId}/remove`);
  await expect(page.locator("article")).toContainText("Pida que se retire en");
});

test("a request from the poster takes the page down at once; the police of the country put it back", async ({
  page,
  browser,
}) => {
  const poster = `/es/missing/${publicCase.publicId}`;
  await page.goto(poster);
  await page.getByRole("link", { name: "Pedir que se retire esta página" }).click();
  await expect(page.getByRole("heading", { name: "Pedir que se retire una página pública" })).toBeVisible();
  await expectNoAxeViolationsWithoutJs(browser, page);
  // Without a reason nothing is sent and the form says so.
  await page.getByRole("button", { name: "Enviar el pedido" }).click();
  await expect(page.locator("#removal-reason-error")).toHaveText("Este campo es obligatorio.");
  expect((await page.request.get(poster)).status()).toBe(200);

  await page.getByLabel("Esta página me pone en peligro a mí o a alguien").check();
  await page.getByLabel("Algo que la unidad policial deba saber").fill("Me busca alguien que me hizo daño");
  await page.getByRole("button", { name: "Enviar el pedido" }).click();
  await expect(page.locator("#removal-sent")).toContainText("La página se retiró del boletín público");
  expect(page.url()).not.toContain("daño");
  expect((await page.request.get(poster)).status()).toBe(404);

  // The police of Belize decide on the case page (with JavaScript, as staff use it).
  const staff = await browser.newContext({ javaScriptEnabled: true });
  const officer = await staff.newPage();
  await signInAs(officer, "police.bz");
  await officer.goto(`/es/cases/${publicCase.caseNumber}`);
  const panel = officer.locator("#case-removals");
  await expect(panel).toContainText("Esta página me pone en peligro a mí o a alguien");
  await expect(panel).toContainText("Me busca alguien que me hizo daño");
  await panel.getByLabel("Volver a publicar la página (el pedido no tiene fundamento)").check();
  await panel.getByRole("button", { name: "Registrar la decisión" }).click();
  await expect(panel).toContainText("la página volvió a las páginas públicas");
  await expect(officer.getByRole("region", { name: "Historial" })).toContainText("Pedido de retiro decidido");
  await staff.close();
  expect((await page.request.get(poster)).status()).toBe(200);
});

test("the family downloads a copy of their data, takes their page down and withdraws the claim", async ({
  page,
  browser,
}) => {
  const poster = `/es/missing/${familyCase.publicId}`;
  await page.goto("/es/track");
  await page.locator("#track-caseNumber").fill(familyCase.caseNumber);
  await page.locator("#track-trackingCode").fill(familyCase.trackingCode);
  await page.getByRole("button", { name: "Ver el estado" }).click();
  await expect(page.getByRole("heading", { name: "Sus datos y su privacidad" })).toBeVisible();
  await expectNoAxeViolationsWithoutJs(browser, page);

  // Who abroad may see the claim: the family lowers it from the track page (no JavaScript).
  const choice = page.getByRole("group", { name: "¿Quién más puede ver esta denuncia?" });
  await expect(choice.locator('input[value="NETWORK"]')).toBeChecked();
  await choice.locator('input[value="OWN_COUNTRY"]').check();
  await page.getByRole("button", { name: "Guardar esta elección" }).click();
  await expect(page.locator("#track-notice")).toContainText("Guardamos su elección");
  await expect(page.locator('input[name="crossBorder"][value="OWN_COUNTRY"]')).toBeChecked();

  // The copy: the browser's cookie, no case number in the address.
  const json = await page.request.get("/es/track/copy?format=json");
  expect(json.status()).toBe(200);
  expect(json.headers()["content-disposition"]).toContain(`reencuentro-${familyCase.caseNumber}.json`);
  expect(json.headers()["cache-control"]).toContain("no-store");
  const copy = (await json.json()) as { claim: { caseNumber: string; givenNames: string } };
  expect(copy.claim).toMatchObject({ caseNumber: familyCase.caseNumber, givenNames: "Familia" });
  const html = await page.request.get("/es/track/copy");
  expect(html.headers()["content-type"]).toContain("text/html");
  expect(await html.text()).toContain(`Mis datos: denuncia ${familyCase.caseNumber}`);
  // Without the track cookie there is nothing to download.
  const stranger = await browser.newContext();
  expect((await stranger.request.get("/es/track/copy?format=json", { maxRedirects: 0 })).status()).toBe(303);
  await stranger.close();

  // Take the public page down: at once.
  const takedown = page.getByRole("form", { name: "Retirar la página pública" });
  await takedown.getByLabel("Soy esta persona y estoy a salvo").check();
  await takedown.getByRole("button", { name: "Retirar la página pública" }).click();
  await expect(page.locator("#track-notice")).toHaveText(
    "La página pública se retiró. La unidad policial revisará su pedido.",
  );
  await expect(page.locator("#track-removals")).toContainText("esperando la decisión de la unidad policial");
  expect((await page.request.get(poster)).status()).toBe(404);

  // Withdraw the claim: refused without the confirmation, then done.
  const withdraw = page.getByRole("form", { name: "Retirar mi denuncia" });
  await withdraw.getByRole("button", { name: "Retirar mi denuncia" }).click();
  await expect(page.locator("#track-error")).toHaveText(
    "Marque la casilla para confirmar que quiere retirar su denuncia.",
  );
  await page.getByLabel("Sí, quiero retirar mi denuncia").check();
  await page.getByRole("button", { name: "Retirar mi denuncia" }).click();
  await expect(page.locator("#track-notice")).toContainText("Su denuncia se retiró");
  await expect(page.locator("#claim-withdrawn")).toBeVisible();
  expect((await page.request.get(poster)).status()).toBe(404);
});
