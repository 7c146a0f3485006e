import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { signInAs } from "./fixtures/auth";
import { firstBelizeCase, ORIGIN } from "./fixtures/access";

// The audit search (decision 141): an admin's change shows up in words with before/after, case
// accesses by case number, a CSV of the same, no filter in the URL; not found for anyone else;
// usable at 360 px and without JavaScript.

async function createOrganization(page: import("@playwright/test").Page, name: string) {
  await page.goto("/es/admin/organizations");
  await page.getByLabel("Nombre").fill(name);
  await page.getByLabel("Tipo").selectOption("NGO");
  await page.getByLabel("País").selectOption("CL");
  await page.getByRole("button", { name: "Crear organización" }).click();
  await expect(page.getByText("Organización creada.")).toBeVisible();
}

test("an admin finds their own change and a case access, and exports them as CSV", async ({ page }) => {
  await signInAs(page, "admin");
  const name = `Auditoría E2E ${Date.now()}`;
  await createOrganization(page, name);
  const bzCase = await firstBelizeCase();
  await page.goto(`/es/cases/${bzCase.caseNumber}`);
  await expect(page.getByText(bzCase.familyNames).first()).toBeVisible();

  await page.goto("/es/admin/audit");
  await page.getByLabel("Usuario").fill("admin@demo.test");
  await page.getByRole("button", { name: "Buscar" }).click();
  const events = page.getByRole("table", { name: "Cambios de administración y capacitación" });
  const row = events.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText("Creó una organización");
  await expect(row).toContainText(`name: ${name}`);
  await expect(page.getByText(/hora local de Belice/)).toBeVisible();
  expect(page.url()).not.toContain("admin%40demo");
  expect(page.url()).not.toContain("admin@demo");

  await page.getByLabel("Usuario").fill("");
  await page.getByLabel("Número de caso").fill(bzCase.caseNumber.toLowerCase());
  await page.getByRole("button", { name: "Buscar" }).click();
  const accesses = page.getByRole("table", { name: "Accesos a casos" });
  await expect(accesses.getByRole("row").filter({ hasText: "Abrió el caso" }).first()).toBeVisible();
  await expect(accesses).not.toContainText("VIEW");
  expect(page.url()).not.toContain(bzCase.caseNumber);

  // A fresh form: the one above may still be re-rendering with the case number of its result.
  await page.goto("/es/admin/audit");
  await page.getByLabel("Usuario").fill("admin@demo.test");
  await expect(page.getByLabel("Número de caso")).toHaveValue("");
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Exportar CSV" }).click();
  const file = await download;
  const csv = await (await file.createReadStream()).toArray();
  const text = Buffer.concat(csv).toString("utf8");
  expect(text).toContain("Creó una organización");
  expect(text).toContain(name);
  expect(text).not.toMatch(/argon2|passwordHash/);
});

test("anyone but an admin gets not found, from the page and from the export", async ({ page }) => {
  await signInAs(page, "police.bz");
  await page.goto("/es/admin/audit");
  await expect(page.getByRole("heading", { name: "Página no encontrada" })).toBeVisible();
  const res = await page.request.post("/api/admin/audit", {
    form: { locale: "es", user: "", caseNumber: "", from: "", to: "" },
    headers: { Origin: ORIGIN },
  });
  expect(res.status()).toBe(404);
  expect(await res.text()).not.toContain("demo.test");
});

test("the audit page works at 360 px without JavaScript, with no accessibility violations", async ({
  browser,
}) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 360, height: 740 },
  });
  const page = await context.newPage();
  await signInAs(page, "admin");
  await page.goto("/es/admin/audit");
  for (const label of ["Usuario", "Número de caso", "Desde", "Hasta"])
    await expect(page.getByLabel(label)).toBeVisible();
  await page.getByLabel("Desde").fill("2020-01-01");
  await page.getByRole("button", { name: "Buscar" }).click();
  await expect(page.getByRole("heading", { name: "Cambios de administración y capacitación" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Accesos a casos" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);
  await context.close();

  const withJs = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const js = await withJs.newPage();
  await signInAs(js, "admin");
  await js.goto("/es/admin/audit");
  await js.getByRole("button", { name: "Buscar" }).click();
  await expect(js.getByRole("heading", { name: "Accesos a casos" })).toBeVisible();
  expect((await new AxeBuilder({ page: js }).analyze()).violations).toEqual([]);
  expect(await js.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);
  await js.screenshot({ path: test.info().outputPath("audit-360.png"), fullPage: true });
  await withJs.close();
});
