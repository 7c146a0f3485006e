import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./fixtures/auth";

const noViolations = async (page: Page) =>
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
const noOverflow = async (page: Page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);

/** The family's claim in Bolivia, filed through the API so the test holds its tracking code. */
async function fileNayeliClaim(page: Page) {
  const res = await page.request.post("/api/v1/claims", {
    headers: { "Idempotency-Key": crypto.randomUUID() },
    data: {
      person: {
        givenNames: "Nayeli",
        familyNames: "Quispe Mamani",
        sex: "FEMALE",
        dateOfBirth: "2011-05-14",
        heightCm: 154,
        languages: ["es", "ay"],
        distinguishingMarks: "Tatuaje de una rosa en el antebrazo izquierdo",
      },
      lastSeen: {
        country: "BO",
        region: "BO-L",
        city: "El Alto",
        date: "2026-09-10",
        circumstances: "Salió a una entrevista por una oferta de trabajo en Guatemala y no volvió.",
      },
      reporter: {
        name: "Rosa Mamani",
        relationship: "MOTHER",
        email: "rosa@example.org",
        preferredLocale: "es",
      },
      consent: {},
    },
  });
  expect(res.status()).toBe(201);
  return (await res.json()) as { caseNumber: string; trackingCode: string };
}

/** A migration officer in Guatemala records the girl who says she is "Naye". */
async function recordNaye(page: Page): Promise<string> {
  await signInAs(page, "migration.gt");
  await page.goto("/es/found/new");
  await page.getByLabel("Fecha del hallazgo").fill("2026-11-20");
  await page.getByLabel("Lugar del hallazgo").fill("Terminal de buses, zona 4");
  await page.getByLabel("Circunstancias").fill("Sola en la terminal; dice que la trajeron de Bolivia.");
  await page.getByLabel("Nombre de la institución").fill("Hogar Temporal Zona 4");
  await page.getByLabel("Nombre, apodo o alias que dio la persona").fill("Naye");
  await page.getByLabel("Sexo").selectOption("FEMALE");
  await page.getByLabel("Edad estimada, desde").fill("14");
  await page.getByLabel("Edad estimada, hasta").fill("16");
  await page.getByRole("button", { name: "Añadir una seña" }).click();
  await page.getByLabel("Tipo de seña").selectOption("TATTOO");
  await page.getByLabel("Dónde en el cuerpo").selectOption("LEFT_FOREARM");
  await page.getByLabel("Cómo es").fill("rosa");
  await page.getByRole("button", { name: "Registrar", exact: true }).click();
  const done = page.getByText(/Registrado como GT-F-\d{4}-\d{6}\./);
  await expect(done).toBeVisible();
  return /GT-F-\d{4}-\d{6}/.exec((await done.textContent()) ?? "")![0];
}

test("police of Bolivia find the Naye proposal, compare, confirm; the family sees the case located", async ({
  page,
  browser,
}) => {
  // A form, two staff sessions, three axe scans and the track page: slow on a loaded machine.
  test.setTimeout(180_000);
  const claim = await fileNayeliClaim(page);
  const foundNumber = await recordNaye(page);

  const policeContext = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const police = await policeContext.newPage();
  await signInAs(police, "police.bo");
  // Matching runs after the filing was answered: the pair shows in the queue moments later.
  const row = police
    .getByRole("listitem")
    .filter({ hasText: claim.caseNumber })
    .filter({ hasText: foundNumber });
  await expect(async () => {
    await police.goto("/es/matches");
    await expect(row).toHaveCount(1, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expect(police.getByRole("heading", { name: "Posibles coincidencias", level: 1 })).toBeVisible();
  await noViolations(police);
  await noOverflow(police);

  await row.getByRole("link").click();
  await expect(police.getByRole("heading", { name: "Posible coincidencia", level: 1 })).toBeVisible();
  await expect(police.getByText("Un apodo del nombre (p. ej. Naye por Nayeli)")).toBeVisible();
  await expect(police.getByText("naye ~ nayeli")).toBeVisible();
  await expect(police.getByText("El mismo tipo de seña en el mismo lugar")).toBeVisible();
  // Where the girl is held is not for police abroad, not even here.
  await expect(police.getByText("Hogar Temporal Zona 4")).toHaveCount(0);
  await noViolations(police);
  await noOverflow(police);

  await police
    .locator("#match-note-confirm")
    .fill("Apodo, edad y tatuaje coinciden; confirmado con la madre.");
  await police.getByRole("button", { name: "Confirmar: es la misma persona" }).click();
  await expect(police.getByText("Confirmada. El caso figura ahora como localizado.")).toBeVisible();
  await expect(police.getByText("Confirmadas", { exact: true })).toBeVisible();
  await noViolations(police);

  await policeContext.close();

  // The family's track page shows the case located, in the words it uses for located cases.
  const familyContext = await browser.newContext();
  const family = await familyContext.newPage();
  await family.goto("/es/track");
  await family.locator("#track-caseNumber").fill(claim.caseNumber);
  await family.locator("#track-trackingCode").fill(claim.trackingCode);
  await family.getByRole("button", { name: "Ver el estado" }).click();
  await expect(family.getByText("La persona fue localizada con vida.")).toBeVisible();
  await familyContext.close();
});

test("the queue is not there for migration staff or trainers, and a pair is not for police of a third country", async ({
  page,
}) => {
  await signInAs(page, "trainer.bz");
  const res = await page.goto("/es/matches");
  expect(res?.status()).toBe(404);
  await signInAs(page, "police.bz");
  await page.goto("/es/matches");
  // Police of Belize see pairs with a record in Belize (the demo's Guatemalan girl found in
  // Belize), never a pair between two other countries (Bolivia-Guatemala: Naye and Nayeli).
  await expect(page.getByRole("heading", { name: "Posibles coincidencias", level: 1 })).toBeVisible();
  const rows = page.locator("main li").filter({ hasText: /\b[A-Z]{2}-(F-)?\d{4}-\d{6}\b/ });
  await expect(rows.first()).toBeVisible();
  for (const text of await rows.allInnerTexts()) expect(text).toMatch(/\bBZ-/);
  await noViolations(page);
});

test("the family's track page says what would help the search, never a score", async ({ page }) => {
  const claim = await fileNayeliClaim(page);
  await page.goto("/es/track");
  await page.locator("#track-caseNumber").fill(claim.caseNumber);
  await page.locator("#track-trackingCode").fill(claim.trackingCode);
  await page.getByRole("button", { name: "Ver el estado" }).click();
  const help = page.getByRole("region", { name: "Qué ayudaría a la búsqueda" });
  await expect(help).toBeVisible();
  await expect(help.getByText("Una foto reciente donde se vea bien la cara.")).toBeVisible();
  await expect(help.getByText("La ropa que llevaba puesta.")).toBeVisible();
  // The claim gave a date of birth and marks with their place on the body.
  await expect(help.getByText("La fecha de nacimiento.")).toHaveCount(0);
  await expect(help.getByText(/\d+ ?%/)).toHaveCount(0);
  await noViolations(page);
});
