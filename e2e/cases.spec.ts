import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures/data";
import { signInAs } from "./fixtures/auth";

test("police.bz finds a Belize case by a misspelled name, verifies it and adds a note", async ({
  page,
  lookupCase: { caseNumber },
}) => {
  await signInAs(page, "police.bz");
  const lookup = await page.goto("/en/cases");
  expect(lookup!.headers()["cache-control"]).toContain("no-store");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Find a person");

  // Accent-less and misspelled: "Marisol Anaí Chuc Pérez" typed as "marisol chuk perez".
  await page.getByLabel("Name, case number, document or phone").fill("marisol chuk perez");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  const result = page.locator(`a[href="/en/cases/${caseNumber}"]`);
  await expect(result).toHaveText("Marisol Anaí Chuc Pérez");
  // The search terms travel in the POST body only.
  expect(page.url()).toMatch(/\/en\/cases$/);

  await result.click();
  await expect(page).toHaveURL(new RegExp(`/en/cases/${caseNumber}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Marisol Anaí Chuc Pérez");
  const reload = await page.reload();
  expect(reload!.headers()["cache-control"]).toContain("no-store");

  await page.getByLabel("New status").selectOption("VERIFIED");
  await page.getByLabel("Reason", { exact: true }).fill("Mother confirmed the report by phone");
  await page.getByRole("button", { name: "Change status" }).click();
  await expect(page.getByText("Status changed.", { exact: true })).toBeVisible();

  await page.getByLabel("Note", { exact: true }).fill("Checked the bus terminal CCTV; nothing yet.");
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByText("Note added.", { exact: true })).toBeVisible();

  const timeline = page.getByRole("region", { name: "Timeline" });
  await expect(timeline.getByText("Status changed from Reported to Verified")).toBeVisible();
  await expect(timeline.getByText("Reason: Mother confirmed the report by phone")).toBeVisible();
  await expect(timeline.getByText("Checked the bus terminal CCTV; nothing yet.")).toBeVisible();
  // Newest first: the note is above the status change.
  const items = await timeline.locator("li").allInnerTexts();
  const noteAt = items.findIndex((t) => t.includes("bus terminal"));
  const statusAt = items.findIndex((t) => t.includes("to Verified"));
  expect(noteAt).toBeGreaterThanOrEqual(0);
  expect(noteAt).toBeLessThan(statusAt);
  await expect(page.locator(".badge").first()).toHaveText("Verified");
});

test("the lookup and case pages are accessible at 360 px", async ({ page, lookupCase: { caseNumber } }) => {
  await signInAs(page, "police.bz");
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/en/cases");
  await page.getByLabel("Name, case number, document or phone").fill(caseNumber);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page.locator(`a[href="/en/cases/${caseNumber}"]`)).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.goto(`/en/cases/${caseNumber}`);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  expect(overflow).toBe(false);
  await page.goto(`/en/cases/${caseNumber}/print`);
  await expect(page.getByRole("button", { name: "Print" })).toBeVisible();
});

test("other countries' NGO staff get not-found for a Belize case", async ({
  page,
  lookupCase: { caseNumber },
}) => {
  await signInAs(page, "ngo.bo");
  const res = await page.goto(`/es/cases/${caseNumber}`);
  expect(res!.status()).toBe(404);
  await expect(page.getByText("Marisol")).toHaveCount(0);
});

test("the JSON lookup needs a session and a JSON body, and answers privately", async ({
  page,
  lookupCase: { caseNumber },
}) => {
  const anonymous = await page.request.post("/api/v1/cases/search", { data: { q: caseNumber } });
  expect(anonymous.status()).toBe(401);
  await signInAs(page, "police.bz");
  const form = await page.request.post("/api/v1/cases/search", { form: { q: caseNumber } });
  expect(form.status()).toBe(415);
  const res = await page.request.post("/api/v1/cases/search", { data: { q: "Marisol Chuc" } });
  expect(res.status()).toBe(200);
  expect(res.headers()["cache-control"]).toContain("no-store");
  const body = (await res.json()) as { rows: { caseNumber: string }[] };
  expect(body.rows.map((r) => r.caseNumber)).toContain(caseNumber);
});
