import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { sql } from "./fixtures/access";
import { signInAs } from "./fixtures/auth";

// "Review a proposed match" on the built app (decision 170): a trainer picks the exercise; the
// trainee starts it, compares the planted practice claim and found record in the officers'
// compare view, decides with a reason and is scored against the planted truth; the trainer sees
// the result per trainee. Nothing reaches the real review queue. Axe at 1280 and 360 px.

const run = Date.now().toString(36);
const TITLE = `Station briefing San Pedro ${run}`;
const NAME = `Cpl. Maya Reyes ${run}`;

test.describe.configure({ mode: "serial", timeout: 240_000 });

let sessionUrl = "";
let login = { email: "", password: "" };

test("the trainer picks the exercise and hands out a login", async ({ page }) => {
  await signInAs(page, "trainer.bz");
  await page.goto("/en/training/sessions/new");
  await page.getByLabel("Title").fill(TITLE);
  await page.getByLabel("Kind of session").selectOption("CASCADE_WORKSHOP");
  await page.getByLabel("Start date").fill("2026-04-06");
  await page.getByLabel("Region").selectOption({ label: "Cayo" });
  await page.getByLabel("Venue").fill("San Pedro police station");
  await page.getByRole("button", { name: "Create session" }).click();
  await expect(page).toHaveURL(/\/en\/training\/sessions\/[0-9a-f-]{36}$/);
  sessionUrl = new URL(page.url()).pathname;
  const form = page.getByRole("form", { name: "Register an attendee" });
  await form.getByLabel("Name").fill(NAME);
  await form.getByRole("button", { name: "Register" }).click();
  await expect(page.getByText(`${NAME} is registered.`)).toBeVisible();

  await page.goto(`${sessionUrl}/practice`);
  await page.getByLabel(/Review a proposed match/).check();
  await page.getByRole("button", { name: "Save exercises" }).click();
  await expect(page.getByText("1 exercise chosen.")).toBeVisible();
  await page.getByRole("button", { name: "Create one login per attendee" }).click();
  const cells = page
    .getByRole("table")
    .filter({ hasText: "@practice.invalid" })
    .getByRole("row", { name: new RegExp(NAME) })
    .getByRole("cell");
  login = {
    email: (await cells.nth(1).textContent())!.trim(),
    password: (await cells.nth(2).textContent())!.trim(),
  };
  expect(login.email).toMatch(/@practice\.invalid$/);
});

test("the trainee compares the pair, decides with a reason and is scored", async ({ browser }) => {
  const page = await (await browser.newContext({ locale: "en-GB" })).newPage();
  await signInAs(page, login.email, login.password);
  await page.goto("/en/training/practice");
  const card = page.getByRole("listitem").filter({ hasText: "Review a proposed match" });
  await card.getByRole("button", { name: "Start" }).click();
  await expect(card.getByText("only what you do from now counts")).toBeVisible();
  await card.getByRole("link", { name: "Open the proposed match" }).click();
  await expect(page.getByRole("heading", { name: /Review a proposed match \(practice\)/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Missing-person claim" })).toBeVisible();
  await expect(page.getByText(/PRACTICE-BZ-F-\d{4}-\d{6}/)).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  // A decision without a reason is refused on the field and writes nothing.
  await page.getByRole("radio", { name: /Confirm/ }).check();
  await page.getByRole("button", { name: "Record my decision" }).click();
  await expect(page.getByText("This field is required.")).toBeVisible();

  // The planted truth, read from the database as the scoring does.
  const [truth] = await sql<{ samePerson: boolean; decidedAt: Date | null }>(
    `SELECT r."samePerson", r."decidedAt" FROM "PracticeMatchReview" r JOIN "User" u ON u.id = r."userId" WHERE u.email = $1`,
    [login.email],
  );
  expect(truth!.decidedAt).toBeNull();
  await page.getByRole("radio", { name: truth!.samePerson ? /Confirm/ : /Reject/ }).check();
  await page.getByLabel("Your reason (what you compared)").fill("Compared the mark, the height and the age");
  await page.getByRole("button", { name: "Record my decision" }).click();
  await expect(page.getByText("Right decision.")).toBeVisible();
  await expect(
    page.getByText(truth!.samePerson ? "they are the same person." : "they are different people."),
  ).toBeVisible();
  await page.setViewportSize({ width: 360, height: 800 });
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.goto("/en/training/practice");
  await expect(card.getByText("Passed. Well done.")).toBeVisible();
  await page.context().close();

  // Practice only: no proposal row names the planted records.
  const [{ n }] = (await sql<{ n: number }>(
    `SELECT count(*)::int AS n FROM "MatchProposal" m JOIN "PracticeMatchReview" r
       ON r."caseId" = m."caseId" OR r."foundPersonId" = m."foundPersonId"`,
  )) as [{ n: number }];
  expect(n).toBe(0);
});

test("the trainer sees the result per trainee", async ({ page }) => {
  await signInAs(page, "trainer.bz");
  await page.goto(`${sessionUrl}/practice`);
  await expect(page.getByRole("row", { name: new RegExp(login.email) }).first()).toContainText("Passed in");
  const reviews = page.getByRole("region", { name: "Proposed-match reviews" });
  await expect(reviews.getByRole("row", { name: new RegExp(login.email) })).toContainText("Right");
  await expect(reviews).toContainText("Compared the mark, the height and the age");
  await page.goto(sessionUrl);
  await expect(page.getByRole("row", { name: new RegExp(NAME) })).toContainText("exercises 1/");
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});
