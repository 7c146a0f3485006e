import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signInAs, type DemoAccount } from "./fixtures/auth";

// Staff pages on a district station's phone (issue 18): every admin and staff page with a table,
// at 360 px, as the account that works it. No axe violation (a wide table scrolls inside a named,
// focusable region), and the page itself never scrolls sideways. Screenshots for a look.

const PAGES: [DemoAccount, string, string][] = [
  ["admin", "admin-users", "/en/admin"],
  ["admin", "admin-organizations", "/en/admin/organizations"],
  ["admin", "admin-tokens", "/en/admin/tokens"],
  ["admin", "admin-messages", "/en/admin/messages"],
  ["admin", "admin-neighbours", "/en/admin/neighbours"],
  ["admin", "admin-retention", "/en/admin/retention"],
  ["admin", "admin-access-log", "/en/admin/access-log"],
  ["admin", "admin-audit", "/en/admin/audit"],
  ["police.bz", "check-ins", "/en/cases/check-ins"],
  ["police.bz", "inbox", "/en/inbox"],
  ["police.bz", "matches", "/en/matches"],
  ["trainer.bz", "training", "/en/training"],
  ["trainer.bz", "training-coverage", "/en/training/coverage?country=BZ"],
  ["trainer.bz", "training-questions", "/en/training/questions"],
];

test.describe.configure({ timeout: 240_000 });

async function check(page: Page, name: string, url: string) {
  const r = await page.goto(url);
  expect(r?.status(), name).toBe(200);
  expect((await new AxeBuilder({ page }).analyze()).violations, name).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, name).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `test-results/staff-360-${name}.png`, fullPage: true });
}

for (const account of ["admin", "police.bz", "trainer.bz"] as const) {
  test(`staff table pages at 360 px: ${account}`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await signInAs(page, account);
    for (const [who, name, url] of PAGES) if (who === account) await check(page, name, url);
  });
}
