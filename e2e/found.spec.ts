import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./fixtures/auth";

const noViolations = async (page: Page) =>
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
const noOverflow = async (page: Page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);

test("a migration officer in Guatemala records a found girl; she shows in the list and on her page", async ({
  page,
}) => {
  // Four pages with axe each, a form and a second browser page: slow on a loaded machine.
  test.setTimeout(150_000);
  await page.setViewportSize({ width: 360, height: 740 });
  await signInAs(page, "migration.gt");
  await page.goto("/es/found");
  await expect(page.getByRole("heading", { name: "Personas encontradas", level: 1 })).toBeVisible();
  await noViolations(page);
  await noOverflow(page);

  await page.getByRole("link", { name: "Registrar una persona encontrada" }).click();
  await expect(page).toHaveURL(/\/es\/found\/new$/);
  await noViolations(page);
  await noOverflow(page);
  await page.getByLabel("Fecha del hallazgo").fill("2026-11-20");
  await page.getByLabel("Lugar del hallazgo").fill("Terminal de buses, zona 4");
  await page
    .getByLabel("Circunstancias")
    .fill("Sola en la terminal; dice que la trajeron de Bolivia con una oferta de trabajo.");
  await page.getByLabel("Nombre de la institución").fill("Hogar Temporal Zona 4");
  await page.getByLabel("Nombre, apodo o alias que dio la persona").fill("Naye");
  await page.getByLabel("Sexo").selectOption("FEMALE");
  await page.getByLabel("Edad estimada, desde").fill("14");
  await page.getByLabel("Edad estimada, hasta").fill("16");
  await page.getByRole("button", { name: "Añadir una seña" }).click();
  await page.getByLabel("Tipo de seña").selectOption("TATTOO");
  await page.getByLabel("Dónde en el cuerpo").selectOption("LEFT_FOREARM");
  await page.getByLabel("Cómo es").fill("rosa");
  await noViolations(page);
  await page.getByRole("button", { name: "Registrar", exact: true }).click();
  const done = page.getByText(/Registrado como GT-F-\d{4}-\d{6}\./);
  await expect(done).toBeVisible();
  const foundNumber = /GT-F-\d{4}-\d{6}/.exec((await done.textContent()) ?? "")![0];

  await page.getByRole("link", { name: "Abrir el registro" }).click();
  await expect(page).toHaveURL(new RegExp(`/es/found/${foundNumber}$`));
  await expect(page.getByText("Naye", { exact: true })).toBeVisible();
  await expect(page.getByText("Tatuaje — Antebrazo izquierdo: rosa")).toBeVisible();
  await expect(page.getByText("Albergue — Hogar Temporal Zona 4")).toBeVisible();
  await noViolations(page);
  await noOverflow(page);

  await page.goto("/es/found");
  await page.getByLabel("Nombre dado, número de hallazgo o documento").fill("naye");
  await page.getByRole("button", { name: "Buscar" }).click();
  await expect(page.getByRole("link", { name: "Naye" }).first()).toBeVisible();
  // The search travelled in the POST body: nothing personal in the address.
  expect(page.url()).not.toContain("naye");

  // Police of another country read the record, but not where the girl is held.
  const police = await page.context().browser()!.newPage();
  await signInAs(police, "police.bo");
  await police.goto(`/es/found/${foundNumber}`);
  await expect(police.getByText("Naye", { exact: true })).toBeVisible();
  await expect(police.getByText("Hogar Temporal Zona 4")).toHaveCount(0);
  await expect(police.getByText(/Bajo resguardo de las autoridades de Guatemala/)).toBeVisible();
  await police.close();
});

test("the found-record sheet prints without forms and is accessible", async ({ page }) => {
  await signInAs(page, "forensic.pe");
  await page.goto("/es/found");
  await page.locator("a[href*='/es/found/PE-F-']").first().click();
  await page.getByRole("link", { name: "Ficha para imprimir" }).click();
  await expect(page.getByText(/CONFIDENCIAL/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Cambiar el estado" })).toHaveCount(0);
  await noViolations(page);
});

test("a trainer gets not-found for found records, and no navigation entry", async ({ page }) => {
  await signInAs(page, "trainer.bz");
  const res = await page.goto("/es/found");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("link", { name: "Personas encontradas" })).toHaveCount(0);
});
