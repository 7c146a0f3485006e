import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { e2eQuery, fillClaim, readReceipt, syntheticPerson } from "./fixtures/claim-form";

// SMS news at intake (decision 153), in the browser: the checkbox is off unless ticked, ticked
// with a local number it is refused on the phone field in the page's language, with an
// international number the claim is filed with it, and the track page says so and stops it.

const EN = { next: /^Next$/, send: "Send the claim" };

test("a reporter opts into SMS with an international number, then stops it from the track page", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/en/report");
  await fillClaim(page, syntheticPerson(), { next: EN.next, country: "BZ", region: "BZ-CY" });
  await page.getByRole("button", { name: EN.next }).click();

  await page.fill("#claim-reporter-name", "Rosa Ejemplo");
  await page.selectOption("#claim-reporter-relationship", "MOTHER");
  await page.fill("#claim-reporter-phone", "612 3456");
  const sms = page.getByLabel("Send me a text message (SMS) when there is news about this report");
  await expect(sms).not.toBeChecked();
  await sms.check();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.getByRole("button", { name: EN.next }).click();
  // A local number has no country code we could be sure of: refused beside the phone field.
  await expect(page.locator("#claim-reporter-phone-error")).toHaveText(
    "To receive text messages, write the phone with its country code, for example +501 612 3456.",
  );
  await expect(page.locator("#claim-reporter-phone")).toHaveAttribute("aria-invalid", "true");

  await page.fill("#claim-reporter-phone", "+501 612-3456");
  await page.getByRole("button", { name: EN.next }).click();
  await expect(page.getByRole("heading", { name: "Check your answers" })).toBeVisible();
  const choice = page
    .locator("dt", { hasText: "Send me a text message (SMS)" })
    .locator("xpath=following-sibling::dd[1]");
  await expect(choice).toHaveText("Yes");
  await page.getByRole("button", { name: EN.send }).click();
  await expect(page.getByRole("heading", { name: "We received your claim" })).toBeVisible();
  const { caseNumber, trackingCode } = await readReceipt(page);

  // Stored as typed, with the consent (the outbox sends to +5016123456).
  const [row] = await e2eQuery<{ reporterPhone: string; notifyByPhone: boolean }>(
    `SELECT "reporterPhone", "notifyByPhone" FROM "Case" WHERE "caseNumber" = $1`,
    [caseNumber],
  );
  expect(row).toEqual({ reporterPhone: "+501 612-3456", notifyByPhone: true });

  await page.goto("/en/track");
  await page.locator("#track-caseNumber").fill(caseNumber);
  await page.locator("#track-trackingCode").fill(trackingCode);
  await page.locator("#track-trackingCode").press("Enter");
  await expect(page.getByRole("heading", { name: "News by text message" })).toBeVisible();
  await expect(
    page.getByText("You receive a text message when there is news about this report."),
  ).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.getByRole("button", { name: "Stop the text messages" }).click();
  await expect(
    page.getByText("Done: you will receive no more text messages about this report."),
  ).toBeVisible();
  const [after] = await e2eQuery<{ notifyByPhone: boolean }>(
    `SELECT "notifyByPhone" FROM "Case" WHERE "caseNumber" = $1`,
    [caseNumber],
  );
  expect(after!.notifyByPhone).toBe(false);
});
