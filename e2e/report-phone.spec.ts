import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { fillClaim, fillReporter, readReceipt, syntheticPerson } from "./fixtures/claim-form";

// The report form as a family sees it on a 360 px phone, with JavaScript: the review step and
// the receipt must stay readable, and the two codes must never break inside.
test.use({ viewport: { width: 360, height: 740 } });
const NEXT = /^Siguiente$/;

async function noAxeViolations(page: Page) {
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
}

/** No word of the review is squeezed into a column a few letters wide. */
async function expectReadableReview(page: Page) {
  const widths = await page
    .locator("#claim-form dd")
    .evaluateAll((dds) => dds.map((dd) => dd.getBoundingClientRect().width));
  expect(widths.length).toBeGreaterThan(10);
  for (const w of widths) expect(w).toBeGreaterThan(200);
}

test("at 360 px the review is readable and the receipt shows each code on one line", async ({
  page,
}, testInfo) => {
  await page.goto("/es/report");
  await fillClaim(page, syntheticPerson(), { next: NEXT });
  await page.getByRole("button", { name: NEXT }).click();
  await fillReporter(page, NEXT);
  await expect(page.getByRole("heading", { name: "Revise sus respuestas" })).toBeVisible();
  await expectReadableReview(page);
  await page.screenshot({ path: testInfo.outputPath("review-360.png"), fullPage: true });
  await page.getByLabel("Soy la madre, el padre o el tutor legal de la persona desaparecida").check();
  await page.getByRole("button", { name: "Enviar la denuncia" }).click();

  await expect(page.getByRole("heading", { name: "Recibimos su denuncia" })).toBeFocused();
  const { caseNumber } = await readReceipt(page);
  for (const testId of ["case-number", "tracking-code"]) {
    const code = page.getByTestId(testId);
    const lineHeight = await code.evaluate((el) => parseFloat(getComputedStyle(el).fontSize) * 1.6);
    const box = (await code.boundingBox())!;
    expect(box.height, `${testId} wraps`).toBeLessThan(lineHeight);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
  }
  await expect(page.getByText("Policía Boliviana – FELCC")).toBeVisible();
  await expect(page.getByRole("link", { name: "110" })).toHaveAttribute("href", "tel:110");
  await expect(page.getByTestId("police-hours")).toHaveText(
    "(Horario: abierto las 24 horas, todos los días)",
  );
  await expect(page.getByText(/\/es\/track$/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Copiar el número de caso" })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("receipt-360.png"), fullPage: true });
  await noAxeViolations(page);

  // Printed, the receipt keeps the number, the code, the address, the date and the police line.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByTestId("case-number")).toHaveText(caseNumber);
  await expect(page.getByRole("button", { name: "Copiar el número de caso" })).toBeHidden();
  await expect(page.getByText("Fecha de la denuncia:")).toBeVisible();
});

test("the printed receipt names the unit to contact, with its own phone and hours from reference data", async ({
  page,
}) => {
  // Guatemala's demo police unit has a line of its own (the seed): the receipt gives it instead
  // of the national one, on screen and on paper, and the track page's contact point agrees.
  await page.goto("/es/report");
  await fillClaim(page, syntheticPerson(), { next: NEXT, country: "GT", region: "GT-01" });
  await page.getByRole("button", { name: NEXT }).click();
  await fillReporter(page, NEXT);
  await page.getByLabel("Soy la madre, el padre o el tutor legal de la persona desaparecida").check();
  await page.getByRole("button", { name: "Enviar la denuncia" }).click();
  await expect(page.getByRole("heading", { name: "Recibimos su denuncia" })).toBeFocused();
  const { caseNumber, trackingCode } = await readReceipt(page);
  expect(caseNumber).toMatch(/^GT-\d{4}-\d{6}$/);

  await page.emulateMedia({ media: "print" });
  const receipt = page.getByTestId("receipt");
  await expect(receipt.getByTestId("case-number")).toHaveText(caseNumber);
  await expect(receipt.getByTestId("tracking-code")).toHaveText(trackingCode);
  await expect(receipt.getByText(/\/es\/track$/)).toBeVisible();
  await expect(receipt.getByText("Fecha de la denuncia:")).toBeVisible();
  await expect(receipt).toContainText("Policía Nacional Civil – DEIC (demo)");
  await expect(receipt.getByTestId("police-phone")).toHaveText("+502 555 0120");
  await expect(receipt.getByTestId("police-phone")).toHaveAttribute("href", "tel:+5025550120");
  await expect(receipt.getByTestId("police-hours")).toContainText("8:00");
  await expect(receipt.getByTestId("police-hours")).toContainText("16:30");
  await page.emulateMedia({ media: "screen" });

  await page.goto("/es/track");
  await page.locator("#track-caseNumber").fill(caseNumber);
  await page.locator("#track-trackingCode").fill(trackingCode);
  await page.getByRole("button", { name: "Ver el estado" }).click();
  await expect(page.locator("main")).toContainText("Policía Nacional Civil – DEIC (demo)");
  await expect(page.getByTestId("police-phone")).toHaveText("+502 555 0120");
  await noAxeViolations(page);
});
