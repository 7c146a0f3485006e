import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { signInAs } from "./fixtures/auth";
import { runDataScript } from "./fixtures/data";

// The case list's work queues (decision 148): "My cases" and "New claims", newest first, and a
// search that is still there when the officer comes back from a case, with nothing typed ever
// in the address.

type QueueCase = { caseNumber: string; familyNames: string };

test("police.bz finds its assigned case in My cases, searches in it, and the search survives a visit to the case", async ({
  page,
}) => {
  test.setTimeout(120_000); // two visits to the case and back
  const mine = runDataScript<QueueCase>("make-queue-case.ts", ["police.bz"]);
  await signInAs(page, "police.bz");
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/en/cases");
  await page.getByRole("link", { name: "My cases" }).click();
  await expect(page).toHaveURL(/\/en\/cases\?queue=mine$/);
  const results = page.getByRole("region", { name: /Results/ });
  // Newest first: the case just made is the first result.
  await expect(results.getByRole("listitem").first()).toContainText(mine.caseNumber);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  await page.getByLabel("Name, case number, document or phone").fill(`Rosa ${mine.familyNames}`);
  // The queue alone may already show one row (a fresh database): wait for the search's answer,
  // or the click below leaves before the search is kept.
  const answered = page.waitForResponse(
    (r) => r.request().method() === "POST" && r.url().includes("/en/cases"),
  );
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await answered;
  await expect(page.locator("[aria-live]").filter({ has: results })).toHaveAttribute("aria-busy", "false");
  await expect(results.getByRole("listitem")).toHaveCount(1);
  await results.getByRole("link", { name: `Rosa ${mine.familyNames}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Rosa ${mine.familyNames}`);
  expect(page.url()).not.toContain(mine.familyNames);

  await page.goBack();
  await expect(page.getByLabel("Name, case number, document or phone")).toHaveValue(
    `Rosa ${mine.familyNames}`,
  );
  await expect(page.getByLabel("Cases")).toHaveValue("mine");
  await expect(results.getByRole("listitem")).toHaveCount(1);
  // The case page's own link back to the search keeps it too.
  await results.getByRole("link", { name: `Rosa ${mine.familyNames}` }).click();
  await page.getByRole("link", { name: /back to/i }).click();
  await expect(page.getByLabel("Name, case number, document or phone")).toHaveValue(
    `Rosa ${mine.familyNames}`,
  );
  await expect(results.getByRole("listitem")).toHaveCount(1);
  expect(page.url()).not.toContain(mine.familyNames);
});

test("New claims lists the newest REPORTED claim first; police.gt's new claims are not Belize's", async ({
  page,
}) => {
  const fresh = runDataScript<QueueCase>("make-queue-case.ts");
  await signInAs(page, "police.bz");
  await page.goto("/en/cases?queue=new");
  const results = page.getByRole("region", { name: /Results/ });
  await expect(results.getByRole("listitem").first()).toContainText(fresh.caseNumber);
  await expect(page.getByRole("link", { name: "New claims" })).toHaveAttribute("aria-current", "page");

  await page.context().clearCookies();
  await signInAs(page, "police.gt");
  await page.goto("/en/cases?queue=new");
  await expect(page.getByText(fresh.caseNumber)).toHaveCount(0);
});
