import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { createThrowawayUser, newSignedInPage, sql } from "./fixtures/access";

// The retention page (/admin/retention, decision 143): a country admin edits one rule (the floor
// refused with a translated message, then a valid period saved and audited) and sees the dry run
// name a claim the rule now selects, nothing changed by it. Works in Peru only and leaves no
// override behind.

const PASSWORD = "Retención del Titicaca 9";

test.afterAll(async () => {
  await sql(`DELETE FROM "RetentionRule" WHERE "countryCode" = 'PE'`);
});

test("a country admin edits a rule and runs the dry run, at 360 px, with no accessibility violations", async ({
  browser,
}) => {
  const [claim] = await sql<{ caseNumber: string; id: string }>(
    `UPDATE "Case" SET status = 'REJECTED', "updatedAt" = now() - interval '200 days'
     WHERE id = (SELECT id FROM "Case" WHERE "countryCode" = 'PE' AND "practiceSessionId" IS NULL
                 AND "deletedAt" IS NULL ORDER BY "caseNumber" LIMIT 1)
     RETURNING "caseNumber", id`,
  );
  expect(claim, "a Peruvian claim in the seed").toBeDefined();
  const admin = await createThrowawayUser("ADMIN", "PE", PASSWORD);
  const page = await newSignedInPage(browser, admin.email, PASSWORD);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/es/admin/retention");
  await expect(page.getByRole("heading", { name: "Conservación de datos", level: 1 })).toBeVisible();

  const rule = page.getByRole("form", { name: "Denuncias rechazadas o falsas" });
  await rule.getByLabel("Conservar durante (días)").fill("10");
  await rule.getByRole("button", { name: "Guardar" }).click();
  await expect(rule.locator(".field-error")).toHaveText("Como mínimo 30 días.");
  expect(await sql(`SELECT 1 FROM "RetentionRule" WHERE "countryCode" = 'PE'`)).toHaveLength(0);

  await rule.getByLabel("Conservar durante (días)").fill("150");
  await rule.getByRole("button", { name: "Guardar" }).click();
  await expect(rule.getByText("Regla guardada.")).toBeVisible();
  const stored = await sql<{ keepDays: number }>(
    `SELECT "keepDays" FROM "RetentionRule" WHERE "countryCode" = 'PE' AND kind = 'REJECTED_CASE'`,
  );
  expect(stored).toEqual([{ keepDays: 150 }]);
  const trail = await sql<{ after: { keepDays: number } }>(
    `SELECT "after" FROM "AuditEvent" WHERE action = 'retention.update' AND "actorUserId" = $1`,
    [admin.id],
  );
  expect(trail.map((t) => t.after.keepDays)).toEqual([150]);

  await page.getByRole("link", { name: "Ver la simulación" }).click();
  const table = page.getByRole("table", { name: "Lo que haría la próxima ejecución" });
  await expect(table.getByRole("row", { name: /Denuncias rechazadas o falsas/ })).toContainText(
    claim!.caseNumber,
  );
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);
  // The dry run changed nothing.
  expect(await sql(`SELECT 1 FROM "Case" WHERE id = $1 AND "deletedAt" IS NULL`, [claim!.id])).toHaveLength(
    1,
  );
  await page.context().close();
});

test("police get not found", async ({ browser }) => {
  const police = await createThrowawayUser("POLICE", "PE", PASSWORD);
  const page = await newSignedInPage(browser, police.email, PASSWORD);
  const res = await page.goto("/es/admin/retention");
  expect(res?.status()).toBe(404);
  await page.context().close();
});
