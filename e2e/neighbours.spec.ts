import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { signInAs } from "./fixtures/auth";
import { createThrowawayUser, newSignedInPage, sql } from "./fixtures/access";

// The neighbouring-countries page (/admin/neighbours): the super-admin adds and removes a pair
// (both directions stored, both on the audit trail), a country admin only reads, anyone else
// gets not found. Leaves the table as the seed made it.

const PASSWORD = "Frontera del Titicaca 9";
const row = (page: import("@playwright/test").Page, pair: string) => page.getByRole("row", { name: pair });

test("a super-admin adds and removes a pair, at 360 px, with no accessibility violations", async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await signInAs(page, "admin");
  await page.goto("/es/admin/neighbours");
  await expect(page.getByRole("heading", { name: "Países vecinos", level: 1 })).toBeVisible();
  await expect(row(page, "Belice — Guatemala")).toBeVisible();

  await page.getByLabel("País", { exact: true }).selectOption("BO");
  await page.getByLabel("País vecino").selectOption("BO");
  await page.getByRole("button", { name: "Añadir par" }).click();
  await expect(page.getByText("Elija dos países distintos.")).toBeVisible();

  await page.getByLabel("País vecino").selectOption("EC");
  await page.getByRole("button", { name: "Añadir par" }).click();
  await expect(page.getByText("Se añadió el par.")).toBeVisible();
  await expect(row(page, "Bolivia — Ecuador")).toBeVisible();
  const stored = await sql<{ c: string; n: string }>(
    `SELECT "countryCode" AS c, "neighbourCode" AS n FROM "CountryNeighbour"
     WHERE 'EC' IN ("countryCode", "neighbourCode") AND 'BO' IN ("countryCode", "neighbourCode") ORDER BY 1`,
  );
  expect(stored).toEqual([
    { c: "BO", n: "EC" },
    { c: "EC", n: "BO" },
  ]);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);

  await page.getByRole("button", { name: "Quitar el par Bolivia — Ecuador" }).click();
  await expect(row(page, "Bolivia — Ecuador")).toHaveCount(0);
  await expect(row(page, "Belice — Guatemala")).toBeVisible();
  const trail = await sql<{ action: string; targetId: string }>(
    `SELECT action, "targetId" FROM "AuditEvent" WHERE "targetType" = 'CountryNeighbour'
     AND "targetId" IN ('BO-EC', 'EC-BO') ORDER BY "createdAt", "targetId"`,
  );
  expect(trail.map((t) => `${t.action} ${t.targetId}`)).toEqual(
    expect.arrayContaining([
      "neighbour.add BO-EC",
      "neighbour.add EC-BO",
      "neighbour.remove BO-EC",
      "neighbour.remove EC-BO",
    ]),
  );
  await context.close();
});

test("a country admin reads the pairs without forms; police get not found", async ({ page, browser }) => {
  const admin = await createThrowawayUser("ADMIN", "BO", PASSWORD);
  const adminPage = await newSignedInPage(browser, admin.email, PASSWORD);
  await adminPage.goto("/es/admin/neighbours");
  await expect(row(adminPage, "Bolivia — Perú")).toBeVisible();
  await expect(
    adminPage.getByText("Solo un administrador de la red puede añadir o quitar pares."),
  ).toBeVisible();
  await expect(adminPage.getByRole("button", { name: "Añadir par" })).toHaveCount(0);
  await expect(adminPage.getByRole("button", { name: /Quitar el par/ })).toHaveCount(0);

  await signInAs(page, "police.bz");
  await page.goto("/es/admin/neighbours");
  await expect(page.getByRole("heading", { name: "Página no encontrada" })).toBeVisible();
});
