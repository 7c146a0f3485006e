import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./fixtures/auth";

// The second tier (decision 169): two Bolivian girls called Wayra, alike in everything a
// Guatemalan found record says, so neither stands out for the queue; police of Bolivia see both
// on the found record's page, compare one and propose it for review.

const noViolations = async (page: Page) =>
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

async function fileWayra(page: Page, familyNames: string) {
  const res = await page.request.post("/api/v1/claims", {
    headers: { "Idempotency-Key": crypto.randomUUID() },
    data: {
      person: {
        givenNames: "Wayra",
        familyNames,
        sex: "FEMALE",
        dateOfBirth: "2011-03-02",
        languages: ["es"],
      },
      lastSeen: {
        country: "BO",
        region: "BO-L",
        city: "El Alto",
        date: "2026-09-10",
        circumstances: "Dijo que tenía un trabajo en Guatemala.",
      },
      reporter: {
        name: "Familia",
        relationship: "MOTHER",
        email: "familia@example.org",
        preferredLocale: "es",
      },
      consent: {},
    },
  });
  expect(res.status()).toBe(201);
  return ((await res.json()) as { caseNumber: string }).caseNumber;
}

/** Rows of the review queue naming `texts`, on every page (it is best first: a low pair may be on page 2). */
async function queueRows(page: Page, ...texts: string[]) {
  let n = 0;
  for (let i = 1; ; i++) {
    await page.goto(`/es/matches?status=PROPOSED&page=${i}`);
    let rows = page.locator("main li");
    for (const t of texts) rows = rows.filter({ hasText: t });
    n += await rows.count();
    if ((await page.getByRole("link", { name: "Página siguiente" }).count()) === 0) return n;
  }
}

test("police of Bolivia see a found record's claims that did not stand out, compare one and propose it", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const claims = [await fileWayra(page, "Ticona Cruz"), await fileWayra(page, "Choque Ramos")];
  await signInAs(page, "migration.gt");
  await page.goto("/es/found/new");
  await page.getByLabel("Fecha del hallazgo").fill("2026-11-20");
  await page.getByLabel("Lugar del hallazgo").fill("Mercado central");
  await page.getByLabel("Circunstancias").fill("Sola en el mercado; dice que viene de Bolivia.");
  await page.getByLabel("Nombre de la institución").fill("Hogar Temporal Zona 1");
  await page.getByLabel("Nombre, apodo o alias que dio la persona").fill("Wayra");
  await page.getByLabel("Sexo").selectOption("FEMALE");
  await page.getByLabel("Edad estimada, desde").fill("14");
  await page.getByLabel("Edad estimada, hasta").fill("16");
  await page.getByRole("button", { name: "Registrar", exact: true }).click();
  const done = page.getByText(/Registrado como GT-F-\d{4}-\d{6}\./);
  await expect(done).toBeVisible();
  const foundNumber = /GT-F-\d{4}-\d{6}/.exec((await done.textContent()) ?? "")![0];

  const policeContext = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const police = await policeContext.newPage();
  await signInAs(police, "police.bo");
  const tier = police.getByTestId("second-tier");
  // Matching runs after the filing was answered: the list shows moments later.
  // (A retry files two more Wayra claims: the list then holds those of the first try too.)
  await expect(async () => {
    await police.goto(`/es/found/${foundNumber}`);
    for (const c of claims)
      await expect(tier.getByRole("link", { name: `Comparar con ${c}` })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expect(tier.getByRole("heading", { name: "Otras denuncias posibles" })).toBeVisible();
  for (const c of claims) await expect(tier.getByRole("link", { name: `Comparar con ${c}` })).toBeVisible();
  await noViolations(police);
  // Neither is in the queue.
  expect(await queueRows(police, foundNumber)).toBe(0);

  await police.goto(`/es/found/${foundNumber}`);
  await tier.getByRole("link", { name: `Comparar con ${claims[0]}` }).click();
  await expect(police.getByRole("heading", { name: "Posible coincidencia", level: 1 })).toBeVisible();
  await expect(police.getByText("No propuesto (segundo nivel)")).toBeVisible();
  await expect(police.getByRole("button", { name: "Confirmar: es la misma persona" })).toHaveCount(0);
  await noViolations(police);
  await police.locator("#match-note-propose").fill("La foto del hogar se parece a la de la denuncia.");
  await police.getByRole("button", { name: "Proponer para revisión" }).click();
  await expect(police.getByText("Propuesto. El par ya está en la cola de revisión.")).toBeVisible();

  expect(await queueRows(police, foundNumber, claims[0]!)).toBe(1);
  await policeContext.close();
});
