import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolationsWithoutJs } from "./fixtures/axe-no-js";
import { e2eQuery, syntheticPerson } from "./fixtures/claim-form";

// A cheap phone with JavaScript off, at 360 px: the report is one long form posted to the
// server, which answers with translated errors or the receipt; the track page is a plain form.
test.use({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });

const id = (path: string) => `#plain-claim-${path.replace(/\./g, "-")}`;

async function fillPlainClaim(page: Page, who: { givenNames: string; familyNames: string }) {
  await page.fill(id("person.givenNames"), who.givenNames);
  await page.fill(id("person.familyNames"), who.familyNames);
  await page.selectOption(id("person.sex"), "FEMALE");
  await page.fill(id("person.approxAge"), "15");
  await page.fill(id("person.clothing"), "Chompa roja");
  await page.selectOption(id("lastSeen.country"), "BO");
  await page.selectOption(id("lastSeen.region"), "BO-L");
  await page.fill(id("lastSeen.city"), "El Alto");
  await page.fill(id("lastSeen.date"), "2026-10-02");
  await page.fill(id("lastSeen.circumstances"), "Salió del colegio y no volvió a casa.");
  await page.fill(id("reporter.name"), "Rosa Ejemplo");
  await page.selectOption(id("reporter.relationship"), "MOTHER");
  await page.fill(id("reporter.phone"), "+591 7000 0000");
}

/** The code is on one line: its box is no taller than one line of its own font. */
async function expectOneLine(page: Page, testId: string) {
  const code = page.getByTestId(testId);
  const box = (await code.boundingBox())!;
  const fontSize = 18.4; // 1.15rem, the smallest size the receipt's clamp() allows
  expect(box.height).toBeLessThan(fontSize * 2);
  expect(box.x + box.width).toBeLessThanOrEqual(360);
}

for (const lang of [
  {
    locale: "es",
    send: "Enviar la denuncia",
    required: "Este campo es obligatorio.",
    hours: "(Horario: abierto las 24 horas, todos los días)",
    description: /^La descripción física/,
    guardian: "Soy la madre, el padre o el tutor legal de la persona desaparecida",
    published: "la descripción física y la ropa.",
    legend: "Usted autoriza publicar en el boletín público:",
  },
  {
    locale: "en",
    send: "Send the claim",
    required: "This field is required.",
    hours: "(Hours: open 24 hours, every day)",
    description: /^The physical description/,
    guardian: "I am the mother, father or legal guardian of the missing person",
    published: "the physical description and clothing.",
    legend: "You allow us to publish on the public bulletin:",
  },
]) {
  test(`without JavaScript at 360 px a complete claim in ${lang.locale} is filed, shown and tracked`, async ({
    page,
    browser,
  }, testInfo) => {
    // Three full page renders and three axe runs: slow on a loaded 2-core machine.
    test.slow();
    await page.goto(`/${lang.locale}/report`);
    await expect(page.locator("#plain-claim-form")).toBeVisible();
    await expect(page.locator("#claim-form")).toBeHidden();
    await expectNoAxeViolationsWithoutJs(browser, page);

    // Sent empty: the server answers with the translated messages beside the fields.
    await page.getByRole("button", { name: lang.send }).click();
    await expect(page.locator(`${id("person.givenNames")}-error`)).toHaveText(lang.required);
    await expectNoAxeViolationsWithoutJs(browser, page);

    const who = syntheticPerson();
    await fillPlainClaim(page, who);
    await page
      .getByRole("group", { name: lang.legend })
      .screenshot({ path: testInfo.outputPath(`consent-360-${lang.locale}.png`) });
    // The family lets the poster show the description and clothing (a minor: with the guardian's word).
    await page.getByLabel(lang.description).check();
    await page.getByLabel(lang.guardian).check();
    await page.getByRole("button", { name: lang.send }).click();
    const receipt = page.getByTestId("receipt");
    await expect(receipt).toBeVisible();
    const caseNumber = (await page.getByTestId("case-number").textContent())!.trim();
    const trackingCode = (await page.getByTestId("tracking-code").textContent())!.trim();
    expect(caseNumber).toMatch(/^BO-\d{4}-\d{6}$/);
    expect(trackingCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await expectOneLine(page, "case-number");
    await expectOneLine(page, "tracking-code");
    await expect(receipt.getByTestId("police-hours")).toHaveText(lang.hours);
    await receipt.screenshot({ path: testInfo.outputPath(`receipt-360-${lang.locale}.png`) });
    await expectNoAxeViolationsWithoutJs(browser, page);

    const rows = await e2eQuery<{ d: boolean }>(
      `SELECT "consentPublishDescription" AS d FROM "Case" WHERE "caseNumber" = $1`,
      [caseNumber],
    );
    expect(rows).toEqual([{ d: true }]);

    await page.goto(`/${lang.locale}/track`);
    await page.locator("#track-caseNumber").fill(caseNumber);
    await page.locator("#track-trackingCode").fill(trackingCode);
    await page.locator("#track-trackingCode").press("Enter");
    await expect(page.getByRole("heading", { level: 2, name: new RegExp(caseNumber) })).toBeVisible();
    // The contact point gives the police line's number and when it answers.
    await expect(page.getByTestId("police-phone")).toHaveAttribute("href", "tel:110");
    await expect(page.getByTestId("police-hours")).toHaveText(lang.hours);
    await expect(page.getByText(lang.published)).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`track-360-${lang.locale}.png`), fullPage: true });
  });
}
