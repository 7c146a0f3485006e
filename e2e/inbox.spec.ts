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

test("a minor's claim filed in Belize raises an alert in a Guatemalan officer's inbox", async ({ page }) => {
  const family = `Alerta${Date.now()
    .toString(36)
    .replace(/\d/g, (d) => "abcdefghij"[Number(d)]!)}`;
  const res = await page.request.post("/api/v1/claims", {
    headers: { "Idempotency-Key": crypto.randomUUID() },
    data: {
      person: {
        givenNames: "Keisha",
        familyNames: family,
        sex: "FEMALE",
        dateOfBirth: "2012-05-01",
        languages: ["en"],
      },
      lastSeen: {
        country: "BZ",
        region: "BZ-CY",
        city: "Benque Viejo",
        date: "2026-11-20",
        circumstances: "Did not come back from the market.",
      },
      reporter: {
        name: "Aunt",
        relationship: "OTHER_RELATIVE",
        email: "aunt@example.org",
        preferredLocale: "en",
      },
      consent: {},
    },
  });
  expect(res.status()).toBe(201);
  const { caseNumber } = (await res.json()) as { caseNumber: string };

  await signInAs(page, "police.gt");
  await page.goto("/en/inbox?kind=ALERT");
  const item = page.getByRole("listitem").filter({ hasText: caseNumber });
  await expect(item).toContainText("Cross-border alert");
  await expect(item).toContainText("From Belize");
  await expect(item).toContainText("The missing person is a minor.");
  await expect(item).toContainText("Unread");
  await expect(page.getByRole("link", { name: /^Inbox \(\d+ unread\)/ })).toBeVisible();
  await item.getByRole("button", { name: /^Done/ }).click();
  await expect(page.getByRole("listitem").filter({ hasText: caseNumber })).toHaveCount(0);
  await page.goto("/en/inbox?kind=ALERT&state=done");
  await expect(page.getByRole("listitem").filter({ hasText: caseNumber })).toBeVisible();
  // Belize's own police get the new claim, not an alert about their own country's case.
  await signInAs(page, "police.bz");
  await page.goto("/en/inbox?kind=ALERT");
  await expect(page.getByRole("listitem").filter({ hasText: caseNumber })).toHaveCount(0);
});
