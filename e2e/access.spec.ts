import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signInAs } from "./fixtures/auth";
import {
  createThrowawayUser,
  demoEmail,
  firstBelizeCase,
  newSignedInPage,
  ORIGIN,
  signInWithForm,
} from "./fixtures/access";

const STRONG = "Lluvia sobre el Illimani 7";
const NAV = [
  "Casos",
  "Personas encontradas",
  "Coincidencias",
  "Capacitación",
  "Administración",
  "Mi cuenta",
] as const;
const ACCOUNTS: [string, string, (typeof NAV)[number][]][] = [
  ["admin", "/es/cases", ["Casos", "Personas encontradas", "Capacitación", "Administración", "Mi cuenta"]],
  ["police.bz", "/es/cases", ["Casos", "Personas encontradas", "Coincidencias", "Mi cuenta"]],
  ["police.bo", "/es/cases", ["Casos", "Personas encontradas", "Coincidencias", "Mi cuenta"]],
  ["ngo.bo", "/es/cases", ["Casos", "Personas encontradas", "Coincidencias", "Mi cuenta"]],
  ["trainer.bz", "/es/training", ["Capacitación", "Mi cuenta"]],
  ["migration.gt", "/es/found", ["Personas encontradas", "Mi cuenta"]],
  ["forensic.pe", "/es/found", ["Personas encontradas", "Mi cuenta"]],
];

for (const [account, home, links] of ACCOUNTS) {
  test(`${account} signs in with the form, lands on ${home} and sees its own navigation`, async ({
    page,
  }) => {
    await signInWithForm(page, demoEmail(account), DEMO_PASSWORD);
    await expect(page).toHaveURL(new RegExp(`${home}$`));
    const nav = page.getByRole("navigation", { name: "Navegación principal" });
    for (const label of NAV) {
      await expect(nav.getByRole("link", { name: label, exact: true })).toHaveCount(
        links.includes(label) ? 1 : 0,
      );
    }
    await expect(nav.getByRole("button", { name: "Cerrar sesión" })).toBeVisible();
  });
}

test("the login page is accessible at 360 px and returns to the page that asked for it", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/es/account");
  await expect(page).toHaveURL(/\/es\/login\?from=%2Fes%2Faccount$/);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.getByLabel("Correo electrónico").fill(demoEmail("police.bo"));
  await page.getByLabel("Contraseña", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Entrar" }).click();
  await expect(page).toHaveURL(/\/es\/account$/);
  await expect(page.getByText("Tte. Rosa Mamani Quispe")).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test("signing in works without JavaScript, errors included", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signInWithForm(page, demoEmail("ngo.bo"), "not the right password");
  await expect(page.locator("#login-error")).toHaveText("El correo o la contraseña no son correctos.");
  await signInWithForm(page, demoEmail("ngo.bo"), DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/es\/cases$/);
  await context.close();
});

test("a foreign return path is ignored", async ({ page }) => {
  await signInWithForm(page, demoEmail("police.bz"), DEMO_PASSWORD, "/es/login?from=//evil.example/x");
  await expect(page).toHaveURL(/\/es\/cases$/);
});

test("unknown email and wrong password get the same message, and the email is kept", async ({ page }) => {
  const error = page.locator("#login-error");
  await signInWithForm(page, "nobody-here@demo.test", "some wrong password");
  await expect(error).toHaveText("El correo o la contraseña no son correctos.");
  await expect(page.getByLabel("Correo electrónico")).toHaveValue("nobody-here@demo.test");
  const unknownHtml = await error.innerHTML();
  await signInWithForm(page, demoEmail("police.bz"), "some wrong password");
  await expect(error).toHaveText("El correo o la contraseña no son correctos.");
  expect(await error.innerHTML()).toBe(unknownHtml);
});

test("repeated wrong passwords get throttled, and then even the right one is refused", async ({ page }) => {
  const user = await createThrowawayUser("POLICE", "BZ", STRONG);
  for (let i = 0; i < 10; i++) {
    await signInWithForm(page, user.email, `wrong password ${i}`);
    await expect(page.locator("#login-error")).toContainText("no son correctos");
  }
  await signInWithForm(page, user.email, STRONG);
  await expect(page.locator("#login-error")).toContainText("Demasiados intentos fallidos");
  await expect(page).toHaveURL(/\/es\/login$/);
});

test("sign-out deletes the session cookie and ends access", async ({ page, context }) => {
  await signInWithForm(page, demoEmail("police.bz"), DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/es\/cases$/);
  await page.getByRole("button", { name: "Cerrar sesión", exact: true }).click();
  await expect(page).toHaveURL(/\/es$/);
  expect((await context.cookies()).some((c) => c.name.endsWith("next-auth.session-token"))).toBe(false);
  await page.goto("/es/account");
  await expect(page).toHaveURL(/\/es\/login/);
});

test("signing out everywhere ends the other sessions too", async ({ browser }) => {
  const user = await createThrowawayUser("NGO", "BO", STRONG);
  const first = await newSignedInPage(browser, user.email, STRONG);
  const second = await newSignedInPage(browser, user.email, STRONG);
  await first.goto("/es/account");
  await first.getByRole("button", { name: "Cerrar sesión en todos los dispositivos" }).click();
  await expect(first.getByText("Se cerró su sesión en todos los dispositivos.")).toBeVisible();
  await second.goto("/es/account");
  await expect(second).toHaveURL(/\/es\/login/);
});

test("changing the password needs the current one, applies the rules and ends other sessions", async ({
  browser,
}) => {
  const user = await createThrowawayUser("POLICE", "BO", STRONG);
  const page = await newSignedInPage(browser, user.email, STRONG);
  const other = await newSignedInPage(browser, user.email, STRONG);
  await page.goto("/es/account");
  const change = async (current: string, next: string) => {
    await page.getByLabel("Contraseña actual").fill(current);
    await page.getByLabel("Contraseña nueva", { exact: true }).fill(next);
    await page.getByLabel("Repita la contraseña nueva").fill(next);
    await page.getByRole("button", { name: "Cambiar la contraseña" }).click();
  };
  await change("not my password at all", "Otra frase larga y rara 42");
  await expect(page.getByText("La contraseña actual no es correcta.")).toBeVisible();
  await change(STRONG, "password12345");
  await expect(page.getByText("Esta contraseña es demasiado común")).toBeVisible();
  await change(STRONG, "Otra frase larga y rara 42");
  await expect(page).toHaveURL(/\/es\/login\?notice=passwordChanged$/);
  await other.goto("/es/account");
  await expect(other).toHaveURL(/\/es\/login/);
  await signInWithForm(page, user.email, "Otra frase larga y rara 42");
  await expect(page).toHaveURL(/\/es\/cases$/);
});

test("staff pages are private: no-store and security headers", async ({ page }) => {
  const login = await page.request.get("/es/login");
  const headers = login.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("same-origin");
  expect(headers["x-frame-options"]).toBe("DENY");
  await signInAs(page, "admin");
  for (const path of ["/es/account", "/es/admin", "/es/admin/access-log"]) {
    const res = await page.request.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(200);
    expect(res.headers()["cache-control"], path).toContain("no-store");
  }
});

test("next-auth's sign-in endpoint refuses a missing or foreign Origin", async ({ request }) => {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const form = { csrfToken, email: demoEmail("police.bz"), password: DEMO_PASSWORD, json: "true" };
  for (const headers of [{}, { Origin: "https://evil.example" }] as Record<string, string>[]) {
    const res = await request.post("/api/auth/callback/credentials", { form, headers, maxRedirects: 0 });
    expect(res.status()).toBe(403);
  }
  const ok = await request.post("/api/auth/callback/credentials", {
    form,
    headers: { Origin: ORIGIN },
    maxRedirects: 0,
  });
  expect(ok.status()).toBe(200);
});

test.describe("case pages (depend on the cases feature for the positive control)", () => {
  test("a trainer and an NGO user of Bolivia get not-found for a Belize case; police of Belize open it", async ({
    browser,
  }) => {
    const bzCase = await firstBelizeCase();
    for (const account of ["trainer.bz", "ngo.bo"]) {
      const page = await newSignedInPage(browser, demoEmail(account), DEMO_PASSWORD);
      await page.goto(`/es/cases/${bzCase.caseNumber}`);
      await expect(page.getByRole("heading", { name: "Página no encontrada" })).toBeVisible();
      await expect(page.getByText(bzCase.familyNames)).toHaveCount(0);
    }
    // Positive control: without it the not-found above could just mean the page is missing.
    const police = await newSignedInPage(browser, demoEmail("police.bz"), DEMO_PASSWORD);
    await police.goto(`/es/cases/${bzCase.caseNumber}`);
    await expect(police.getByText(bzCase.caseNumber).first()).toBeVisible();
    await expect(police.getByRole("heading", { name: "Página no encontrada" })).toHaveCount(0);
  });
});
