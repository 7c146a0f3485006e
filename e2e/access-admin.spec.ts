import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, signInAs } from "./fixtures/auth";
import {
  createThrowawayUser,
  demoEmail,
  firstBelizeCase,
  newSignedInPage,
  sql,
  SUBREQUEST,
} from "./fixtures/access";

const STRONG = "Lluvia sobre el Illimani 7";

async function createUserWithForm(
  page: Page,
  u: { name: string; email: string; role: string; country: string },
) {
  await page.goto("/es/admin/users/new");
  await page.getByLabel("Nombre").fill(u.name);
  await page.getByLabel("Correo electrónico").fill(u.email);
  await page.getByLabel("Función").selectOption(u.role);
  await page.getByLabel("País").selectOption(u.country);
  await page.getByLabel("Contraseña inicial").fill(STRONG);
  await page.getByRole("button", { name: "Crear usuario" }).click();
  await expect(page.getByText("Cambios guardados.")).toBeVisible();
}

test("a super-admin creates a country admin who sees only that country's users", async ({
  page,
  browser,
}) => {
  await signInAs(page, "admin");
  await page.goto("/es/admin/users/new");
  await page.getByLabel("Nombre").fill("X");
  await page.getByRole("button", { name: "Crear usuario" }).click();
  await expect(page.getByText("Es demasiado corto.")).toBeVisible();

  const email = `e2e-admin-bo-${Date.now()}@e2e.test`;
  await createUserWithForm(page, { name: "Admin de Bolivia", email, role: "ADMIN", country: "BO" });
  const boAdmin = await newSignedInPage(browser, email, STRONG);
  await boAdmin.goto("/es/admin");
  await expect(boAdmin.getByText(demoEmail("police.bo"))).toBeVisible();
  await expect(boAdmin.getByText(demoEmail("police.bz"))).toHaveCount(0);
  const [bz] = await sql<{ id: string }>(`SELECT "id" FROM "User" WHERE "email" = $1`, [
    demoEmail("police.bz"),
  ]);
  await boAdmin.goto(`/es/admin/users/${bz!.id}`);
  await expect(boAdmin.getByRole("heading", { name: "Página no encontrada" })).toBeVisible();
  await expect(boAdmin.getByText(demoEmail("police.bz"))).toHaveCount(0);
});

test("disabling a user stops their open session at once", async ({ page, browser }) => {
  const user = await createThrowawayUser("NGO", "BO", STRONG);
  const victim = await newSignedInPage(browser, user.email, STRONG);
  await victim.goto("/es/account");
  await expect(victim.getByText(user.email)).toBeVisible();
  await signInAs(page, "admin");
  await page.goto(`/es/admin/users/${user.id}`);
  await page.getByRole("button", { name: "Desactivar la cuenta", exact: true }).click();
  await expect(page.getByRole("button", { name: "Activar la cuenta", exact: true })).toBeVisible();
  await victim.goto("/es/account");
  await expect(victim).toHaveURL(/\/es\/login/);
});

test("the access log shows who read a case; the case number never enters the URL", async ({ page }) => {
  const bzCase = await firstBelizeCase();
  await signInAs(page, "admin");
  await page.goto("/es/admin/access-log");
  await page.getByLabel("Número de caso").fill(bzCase.caseNumber.toLowerCase());
  await page.getByRole("button", { name: "Ver el registro" }).click();
  await expect(page.getByRole("heading", { name: `Accesos al caso ${bzCase.caseNumber}` })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Consultó este registro de accesos" }).first()).toBeVisible();
  expect(page.url()).not.toContain(bzCase.caseNumber);
  await expect(page.getByRole("button", { name: /borrar|eliminar|editar/i })).toHaveCount(0);
});

test("a request carrying x-middleware-subrequest gets no protected data", async ({ page, browser }) => {
  const bzCase = await firstBelizeCase();
  // Anonymous: sent to sign-in, no user list.
  await page.setExtraHTTPHeaders(SUBREQUEST);
  await page.goto("/es/admin");
  await expect(page).toHaveURL(/\/es\/login/);
  await expect(page.getByText(demoEmail("police.bo"))).toHaveCount(0);

  // A trainer: not found for admin pages and the case page.
  const trainer = await newSignedInPage(browser, demoEmail("trainer.bz"), DEMO_PASSWORD);
  await trainer.setExtraHTTPHeaders(SUBREQUEST);
  for (const path of ["/es/admin", "/es/admin/access-log", `/es/cases/${bzCase.caseNumber}`]) {
    await trainer.goto(path);
    await expect(trainer.getByRole("heading", { name: "Página no encontrada" }), path).toBeVisible();
    await expect(trainer.getByText(bzCase.familyNames)).toHaveCount(0);
  }

  // The server action itself checks the session: an admin's form, posted with a trainer's cookie.
  const admin = await newSignedInPage(browser, demoEmail("admin"), DEMO_PASSWORD);
  await admin.goto("/es/admin/access-log");
  const trainerCookies = await trainer.context().cookies();
  await admin.context().clearCookies();
  await admin.context().addCookies(trainerCookies);
  await admin.setExtraHTTPHeaders(SUBREQUEST);
  await admin.getByLabel("Número de caso").fill(bzCase.caseNumber);
  await admin.getByRole("button", { name: "Ver el registro" }).click();
  await expect(admin.getByText("No hay ningún caso con ese número en su ámbito.")).toBeVisible();
  await expect(admin.getByRole("table")).toHaveCount(0);
});

test("organisations: an admin lists and creates them", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/es/admin/organizations");
  await expect(page.getByRole("cell", { name: "Belize Police Department" })).toBeVisible();
  const name = `Unidad E2E ${Date.now()}`;
  await page.getByLabel("Nombre").fill(name);
  await page.getByLabel("Tipo").selectOption("NGO");
  await page.getByLabel("País").selectOption("CL");
  await page.getByRole("button", { name: "Crear organización" }).click();
  await expect(page.getByText("Organización creada.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("cell", { name })).toBeVisible();
});
