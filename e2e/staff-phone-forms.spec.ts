import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { signInAs } from "./fixtures/auth";

// Staff forms on a district station's phone (issue 18), at 360 px: the admin's user form offers
// only the chosen country's regions and organisations, and an NGO's country filter names its
// own country instead of "all participating countries".

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
});

test("the admin's user form offers only the chosen country's regions and organisations", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/en/admin/users/new");
  const region = page.getByLabel("Region");
  const organisation = page.getByLabel("Organisation");
  await page.getByLabel("Country").selectOption({ label: "Bolivia" });
  await expect(organisation.locator("option", { hasText: "Policía Boliviana – FELCC" })).toHaveCount(1);
  await expect(organisation.locator("option", { hasText: "Belize Police Department" })).toHaveCount(0);
  await expect(region.locator("option", { hasText: "Cayo" })).toHaveCount(0);
  await expect(region.locator("optgroup")).toHaveCount(1);

  await page.getByLabel("Country").selectOption({ label: "Belize" });
  await expect(region.locator("option", { hasText: "Cayo" })).toHaveCount(1);
  await expect(organisation.locator("option", { hasText: "Policía Boliviana – FELCC" })).toHaveCount(0);
  await expect(organisation.locator("option", { hasText: "Belize Police Department" })).toHaveCount(1);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test("an NGO's country filter names its own country", async ({ page }) => {
  await signInAs(page, "ngo.bo");
  await page.goto("/en/cases");
  const country = page.getByLabel("Country", { exact: true });
  await expect(country).toHaveValue("BO");
  await expect(country.locator("option", { hasText: "All participating countries" })).toHaveCount(0);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});
