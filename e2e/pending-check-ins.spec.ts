import { expect, test } from "@playwright/test";
import { signInAs } from "./fixtures/auth";
import { expectNoAxeViolationsWithoutJs } from "./fixtures/axe-no-js";
import { runDataScript } from "./fixtures/data";

// The staff view of pending family check-ins (decision 149), in the browser: the filters are a
// plain GET form (work without JavaScript), each state shows its own cases with how the family
// can be reached, at 360 px with no axe violations; another country's police see none of them.

type Made = { caseNumber: string; familyNames: string };
type Pending = { overdue: Made; due: Made; awaiting: Made };

test("police.bz filters its pending check-ins by state; police.gt sees none of them", async ({ browser }) => {
  test.setTimeout(120_000);
  const made = runDataScript<Pending>("make-pending-check-ins.ts");
  const context = await browser.newContext({ javaScriptEnabled: false, locale: "en-GB" });
  const page = await context.newPage();
  await page.setViewportSize({ width: 360, height: 740 });
  await signInAs(page, "police.bz");

  await page.goto("/en/cases");
  await page.getByRole("link", { name: "Family check-ins" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Family check-ins");
  const filters = page.getByRole("search", { name: "Filter the check-ins" });
  const table = page.getByRole("region", { name: "Family check-ins" });

  const rowOf = (m: Made) => table.getByRole("row").filter({ hasText: m.caseNumber });
  const show = async (state: string) => {
    await filters.getByLabel("State").selectOption({ label: state });
    await filters.getByLabel("My cases only").check();
    await filters.getByRole("button", { name: "Show" }).click();
  };

  await show("No answer: call the family");
  await expect(page).toHaveURL(/state=OVERDUE/);
  await expect(page).toHaveURL(/mine=1/);
  await expect(rowOf(made.overdue)).toContainText("Check-in 1 of 3");
  await expect(rowOf(made.overdue)).toContainText("email");
  await expect(rowOf(made.overdue)).toContainText("Assigned to you");
  await expect(rowOf(made.due)).toHaveCount(0);
  await expect(rowOf(made.awaiting)).toHaveCount(0);
  // Nothing personal in the address: only the state and the "mine" switch.
  expect(page.url()).not.toContain(made.overdue.familyNames);
  await expectNoAxeViolationsWithoutJs(browser, page);

  await show("Due: not sent");
  await expect(rowOf(made.due)).toContainText("no messages: phone only");
  await expect(rowOf(made.overdue)).toHaveCount(0);

  await show("Sent: waiting for an answer");
  await expect(rowOf(made.awaiting)).toContainText("SMS");
  await rowOf(made.awaiting).getByRole("link", { name: made.awaiting.caseNumber }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Rosa ${made.awaiting.familyNames}`);
  await context.close();

  // Guatemala's police work Guatemala's families: the Belize cases are not on their page.
  const gt = await browser.newPage();
  await signInAs(gt, "police.gt");
  await gt.goto("/en/cases/check-ins");
  await expect(gt.getByRole("heading", { level: 1 })).toHaveText("Family check-ins");
  for (const m of [made.overdue, made.due, made.awaiting])
    await expect(gt.locator("main")).not.toContainText(m.caseNumber);
  await gt.close();
});
