import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./fixtures/auth";
import { fillClaim, fillReporter, syntheticPerson } from "./fixtures/claim-form";

const noViolations = async (page: Page) =>
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

/** A claim filed through the API (the test keeps its tracking code). */
async function fileClaim(
  page: Page,
  who: { givenNames: string; familyNames: string },
  reporter: string,
  where = { country: "BO", region: "BO-L", city: "El Alto" },
) {
  const res = await page.request.post("/api/v1/claims", {
    headers: { "Idempotency-Key": crypto.randomUUID() },
    data: {
      person: { ...who, sex: "FEMALE", dateOfBirth: "2012-03-08", heightCm: 140, languages: ["es"] },
      lastSeen: {
        ...where,
        date: "2026-10-20",
        circumstances: "Salió a la feria y no volvió.",
      },
      reporter: {
        name: reporter,
        relationship: "OTHER_RELATIVE",
        email: "tia@example.org",
        preferredLocale: "es",
      },
      consent: {},
    },
  });
  expect(res.status()).toBe(201);
  return (await res.json()) as { caseNumber: string; trackingCode: string };
}

async function track(page: Page, claim: { caseNumber: string; trackingCode: string }) {
  await page.goto("/es/track");
  await page.locator("#track-caseNumber").fill(claim.caseNumber);
  await page.locator("#track-trackingCode").fill(claim.trackingCode);
  await page.getByRole("button", { name: "Ver el estado" }).click();
}

test("the review step of /report says what would help the search, never a score", async ({ page }) => {
  await page.goto("/es/report");
  await fillClaim(page, syntheticPerson(), { next: /^Siguiente$/ });
  await page.getByRole("button", { name: /^Siguiente$/ }).click();
  await page.getByRole("button", { name: /^Siguiente$/ }).click();
  await fillReporter(page, /^Siguiente$/);
  await expect(page.getByRole("heading", { name: "Revise sus respuestas" })).toBeVisible();
  const help = page.getByRole("region", { name: "Qué ayudaría a la búsqueda" });
  // No photo and no languages were given; marks (with the cheek), height and clothing were.
  await expect(help.getByText("Una foto reciente donde se vea bien la cara.")).toBeVisible();
  await expect(help.getByText("Los idiomas que habla.")).toBeVisible();
  await expect(help.getByText("La ropa que llevaba puesta.")).toHaveCount(0);
  await expect(help.getByText(/\d+ ?%/)).toHaveCount(0);
  await noViolations(page);
});

test("police merge a suggested duplicate, the merged number leads to the primary, and unmerge", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const who = {
    givenNames: `Wendy ${syntheticPerson().givenNames.split(" ")[1]}`,
    familyNames: "Choque Apaza",
  };
  const first = await fileClaim(page, who, "Julia Choque");
  const second = await fileClaim(page, who, "Marta Apaza");

  const policeContext = await browser.newContext();
  const police = await policeContext.newPage();
  await signInAs(police, "police.bo");
  const row = police
    .getByRole("listitem")
    .filter({ hasText: first.caseNumber })
    .filter({ hasText: second.caseNumber });
  await expect(async () => {
    await police.goto("/es/matches");
    await expect(row).toHaveCount(1, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await row.getByRole("link").click();
  await expect(police.getByRole("heading", { name: "¿La misma persona?" })).toBeVisible();
  await noViolations(police);
  await police.getByRole("button", { name: `Unir ${second.caseNumber} a ${first.caseNumber}` }).click();
  await expect(police.getByText("Unidas. El número de una lleva ahora a la otra.")).toBeVisible();

  // The merged number leads to the primary, which shows the other reporter and history.
  await police.goto(`/es/cases/${second.caseNumber}`);
  await expect(police).toHaveURL(new RegExp(`/es/cases/${first.caseNumber}\\?merged=${second.caseNumber}$`));
  await expect(
    police.getByRole("status").filter({ hasText: `La denuncia ${second.caseNumber} fue unida a esta;` }),
  ).toBeVisible();
  await expect(police.getByText(/Denunció: Marta Apaza/)).toBeVisible();
  await expect(police.getByText(`(denuncia ${second.caseNumber})`).first()).toBeVisible();
  await noViolations(police);

  // The second family's number and code still work, and show the joined search.
  const familyContext = await browser.newContext();
  const family = await familyContext.newPage();
  await track(family, second);
  await expect(family.locator("#track-merged")).toContainText("La policía unió este reporte");
  await noViolations(family);

  // Undo from the primary: both claims stand on their own again.
  await police.getByRole("button", { name: `Deshacer la unión de ${second.caseNumber}` }).click();
  await expect(police.getByText("Unión deshecha")).toBeVisible();
  await police.goto(`/es/cases/${second.caseNumber}`);
  await expect(police).toHaveURL(new RegExp(`/es/cases/${second.caseNumber}$`));
  // The track page keeps the family's session: a reload shows the report on its own again.
  await family.reload();
  await expect(family.getByRole("heading", { name: new RegExp(second.caseNumber) })).toBeVisible();
  await expect(family.locator("#track-merged")).toHaveCount(0);
  await policeContext.close();
  await familyContext.close();
});

test("police of the merged claim's country may undo a merge into another country's claim", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const context = await browser.newContext();
  const page = await context.newPage();
  const who = {
    givenNames: `Dayana ${syntheticPerson().givenNames.split(" ")[1]}`,
    familyNames: "Vaca Choque",
  };
  const own = await fileClaim(page, who, "Julia Vaca");
  const primary = await fileClaim(page, who, "Marta Choque", {
    country: "BZ",
    region: "BZ-CY",
    city: "San Ignacio",
  });
  // Bolivian police merge their claim into the Belizean one (police of either country may).
  await signInAs(page, "police.bo");
  await page.goto(`/es/cases/${own.caseNumber}`);
  await page.locator("#duplicate-of").fill(primary.caseNumber);
  await page.getByRole("button", { name: "Unir esta denuncia a esa" }).click();
  // The page reloads as the merged claim's: its number now leads to Belize's claim, whose
  // casework is not Bolivia's; the undo is offered there all the same.
  await expect(page).toHaveURL(new RegExp(`/es/cases/${primary.caseNumber}\\?merged=${own.caseNumber}$`));
  // Belize's claim is another country's: it opens once the officer says why (decision 154).
  await page.getByLabel("Motivo").fill("Unimos nuestra denuncia a esta: es la misma persona.");
  await page.getByRole("button", { name: "Abrir el caso" }).click();
  await expect(page.locator("#unmerge-title")).toBeVisible();
  await noViolations(page);
  await page.getByRole("button", { name: `Deshacer la unión de ${own.caseNumber}` }).click();
  await expect(page.getByText("Unión deshecha")).toBeVisible();
  await page.goto(`/es/cases/${own.caseNumber}`);
  await expect(page).toHaveURL(new RegExp(`/es/cases/${own.caseNumber}$`));
  await context.close();
});
