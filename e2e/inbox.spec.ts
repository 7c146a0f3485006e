import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { signInAs } from "./fixtures/auth";

// The staff inbox: reachable from the header, filters by GET (no personal data in them),
// accessible at 360 px; trainers and signed-out visitors do not get it.

test("police.bz opens the inbox from the header, filters it, and it is accessible at 360 px", async ({
  page,
}) => {
  await signInAs(page, "police.bz");
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/en/cases");
  await page.getByRole("link", { name: /^Inbox/ }).click();
  await expect(page).toHaveURL(/\/en\/inbox$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Inbox");
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.getByLabel("Show").selectOption("done");
  await page.getByLabel("Kind").selectOption("TIP");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/kind=TIP&state=done/);
  await expect(page.getByLabel("Show")).toHaveValue("done");
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test("a trainer gets not found; signed out, the inbox asks to sign in", async ({ page }) => {
  const res = await page.goto("/en/inbox");
  await expect(page).toHaveURL(/\/en\/login/);
  expect(res?.status()).toBeLessThan(500);
  await signInAs(page, "trainer.bz");
  const notFound = await page.goto("/en/inbox");
  expect(notFound?.status()).toBe(404);
  await expect(page.getByRole("link", { name: /^Inbox/ })).toHaveCount(0);
});
