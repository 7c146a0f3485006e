import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./fixtures/auth";
import { runDataScript } from "./fixtures/data";

// Sealing a located adult's record (issue 16, decision 154): Belize's police, who own the claim,
// seal it from the case page at 360 px; a Guatemalan officer who found it by name before no
// longer does; the family's track page says only "located and safe". Lifting the seal works as a
// plain post without JavaScript.

const NAME = "Evangelina Tzib Coc";

async function searchByName(page: Page) {
  await page.goto("/en/cases");
  await page.getByLabel("Name, case number, document or phone").fill("evangelina tzib");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  // A page of results, or the "no case matches" status once nothing is found.
  await expect(page.locator("#results-title").or(page.getByText("No case matches."))).toBeVisible();
}

test("police.bz seals a located adult's record; police.gt no longer finds it by name", async ({
  browser,
}) => {
  test.setTimeout(120_000); // two officers, a no-JS context
  const { caseNumber, trackingCode } = runDataScript<{ caseNumber: string; trackingCode: string }>(
    "make-sealable-case.ts",
  );
  const result = (p: Page) => p.locator(`a[href="/en/cases/${caseNumber}"]`);

  const gtContext = await browser.newContext();
  const gt = await gtContext.newPage();
  await signInAs(gt, "police.gt");
  await searchByName(gt);
  await expect(result(gt)).toHaveText(NAME);

  const bzContext = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const bz = await bzContext.newPage();
  await signInAs(bz, "police.bz");
  await bz.goto(`/en/cases/${caseNumber}`);
  const panel = bz
    .locator("div")
    .filter({ has: bz.getByRole("heading", { name: "Seal the record", level: 3 }) })
    .last();
  await expect(panel).toContainText("does not want to be found");
  expect((await new AxeBuilder({ page: bz }).analyze()).violations).toEqual([]);
  // Checked in the browser by the schema the action uses too: a reason is required.
  await panel.getByRole("button", { name: "Seal the record" }).click();
  await expect(panel.getByLabel("Reason for sealing")).toHaveAttribute("aria-invalid", "true");
  await panel.getByLabel("Reason for sealing").fill("She asked not to be found; she fled violence at home.");
  await panel.getByRole("button", { name: "Seal the record" }).click();
  await expect(bz.getByText("The record is sealed.", { exact: false })).toBeVisible();
  await expect(bz.locator("header .badge").filter({ hasText: "Sealed" })).toBeVisible();
  await expect(bz.getByRole("button", { name: "Lift the seal" })).toBeVisible();
  const sealedEvent = bz.locator('[data-event="CASE_SEALED"]');
  await expect(sealedEvent).toContainText(
    "The record was sealed: the person, an adult, does not want to be found",
  );
  await expect(sealedEvent).toContainText("she fled violence at home");
  const overflow = await bz.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  expect(overflow).toBe(false);
  expect((await new AxeBuilder({ page: bz }).analyze()).violations).toEqual([]);

  // Guatemala's officer: no row by name any more (its number still leads to the sealed card).
  await searchByName(gt);
  await expect(result(gt)).toHaveCount(0);
  await gtContext.close();
  await bzContext.close();

  // The family: located and safe, and the country's network as contact, not the unit's name.
  const family = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const track = await family.newPage();
  await track.goto("/en/track");
  await track.locator("#track-caseNumber").fill(caseNumber);
  await track.locator("#track-trackingCode").fill(trackingCode);
  await track.getByRole("button", { name: "Check status" }).click();
  await expect(track.locator("#track-status-help")).toHaveText(
    "The person has been located and is safe. At their own request, the police cannot tell you where they are or who they are with.",
  );
  await expect(track.locator("main")).toContainText(
    "The Latin American Missing Persons Network team in Belize",
  );
  expect((await new AxeBuilder({ page: track }).analyze()).violations).toEqual([]);
  await family.close();

  // Without JavaScript the same form is a plain post: Belize lifts the seal again.
  const plain = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  const page = await plain.newPage();
  await signInAs(page, "police.bz");
  await page.goto(`/en/cases/${caseNumber}`);
  await page.getByLabel("Reason for lifting the seal").fill("She agreed to call her mother.");
  await page.getByRole("button", { name: "Lift the seal" }).click();
  await expect(page.getByText("The seal was lifted.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Seal the record" })).toBeVisible();
  await plain.close();
});
