import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

/** Files a claim through the partner API (the form itself is covered by intake.spec.ts). */
async function fileByApi(page: Page, consent: Record<string, boolean> = {}) {
  const n = Math.random().toString(36).slice(2, 7);
  const res = await page.request.post("/api/v1/claims", {
    headers: { "Idempotency-Key": crypto.randomUUID() },
    data: {
      person: { givenNames: `Seguimiento ${n}`, familyNames: "Prueba Sintética", sex: "MALE", approxAge: 34 },
      lastSeen: {
        country: "CL",
        city: "Valparaíso",
        date: "2026-09-20",
        circumstances: "No volvió del trabajo.",
      },
      reporter: {
        name: "Ana Prueba",
        relationship: "SIBLING",
        email: "ana@example.org",
        preferredLocale: "es",
      },
      consent,
    },
  });
  expect(res.status()).toBe(201);
  return (await res.json()) as { caseNumber: string; trackingCode: string };
}

async function lookUp(page: Page, caseNumber: string, code: string, locale = "es") {
  await page.goto(`/${locale}/track`);
  await page.locator("#track-caseNumber").fill(caseNumber);
  await page.locator("#track-trackingCode").fill(code);
  await page.getByRole("button", { name: locale === "es" ? "Ver el estado" : "Check status" }).click();
}

async function noAxeViolations(page: Page) {
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
}

test("a wrong tracking code shows a clear error and keeps the case number", async ({ page }) => {
  const { caseNumber } = await fileByApi(page);
  await lookUp(page, caseNumber, "AAAA-BBBB-CCCC");
  await expect(page.locator("#track-error")).toHaveText(
    "No encontramos una denuncia con este número de caso y este código de seguimiento. Revise ambos e inténtelo de nuevo.",
  );
  await expect(page.locator("#track-caseNumber")).toHaveValue(caseNumber);
  await expect(page.locator("#track-trackingCode")).toHaveValue("");
  await noAxeViolations(page);
  // An unknown case number gets exactly the same answer.
  await lookUp(page, "CL-1999-000001", "AAAA-BBBB-CCCC");
  await expect(page.locator("#track-error")).toContainText("No encontramos una denuncia");
});

test("empty fields are named in the error", async ({ page }) => {
  await page.goto("/en/track");
  await page.getByRole("button", { name: "Check status" }).click();
  await expect(page.locator("#track-caseNumber-error")).toHaveText("This field is required.");
  await expect(page.locator("#track-trackingCode-error")).toHaveText("This field is required.");
});

test("/track has no accessibility violations and is never cached", async ({ page }) => {
  const first = await page.goto("/es/track");
  expect(first!.headers()["cache-control"]).toContain("no-store");
  await noAxeViolations(page);
  const { caseNumber, trackingCode } = await fileByApi(page, { publishLastSeen: true });
  await lookUp(page, caseNumber, trackingCode);
  await expect(page.getByRole("heading", { name: `Caso ${caseNumber}` })).toBeVisible();
  await noAxeViolations(page);
  const again = await page.reload();
  expect(again!.headers()["cache-control"]).toContain("no-store");
  // Nothing personal in the address bar.
  expect(page.url()).not.toContain(caseNumber);
  expect(page.url()).not.toContain(trackingCode);
});

test("the reporter withdraws publication consent", async ({ page }) => {
  const { caseNumber, trackingCode } = await fileByApi(page, { publishName: true, publishLastSeen: true });
  await lookUp(page, caseNumber, trackingCode, "en");
  await expect(page.getByText("You allowed publication of: the name, the place last seen.")).toBeVisible();
  await page.getByRole("button", { name: "Withdraw permission" }).click();
  await expect(page.locator("#track-error")).toHaveText(
    "Tick the box to confirm that you want to withdraw your permission.",
  );
  await page.getByLabel("Yes, I want to withdraw my permission to publish").check();
  await page.getByRole("button", { name: "Withdraw permission" }).click();
  await expect(page.locator("#track-notice")).toContainText("Your permission has been withdrawn.");
  await expect(page.getByText(/You withdrew your permission on/)).toBeVisible();
  await page.getByRole("button", { name: "Check another claim" }).click();
  await expect(page.locator("#track-caseNumber")).toHaveValue("");
});
