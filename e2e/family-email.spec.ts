import { expect, test } from "@playwright/test";
import { signInAs } from "./fixtures/auth";
import { runDataScript } from "./fixtures/data";
import { mailsTo } from "./fixtures/mail";

// Issue 12's first e2e flow: police.bz verifies a claim on the case page and the reporter's
// email arrives at the e2e SMTP server (e2e/smtp-sink.ts) in Spanish, through the outbox and the
// portal's own job worker: only "there is news, open it with your tracking code", and its
// unsubscribe link works.

interface NewsCase {
  caseNumber: string;
  email: string;
  givenNames: string;
  familyNames: string;
}

test("police.bz verifies a case and the reporter's email arrives in Spanish; its link stops the emails", async ({
  page,
}) => {
  const c = runDataScript<NewsCase>("make-news-case.ts");
  await signInAs(page, "police.bz");
  await page.goto(`/en/cases/${c.caseNumber}`);
  await page.getByLabel("New status").selectOption("VERIFIED");
  await page.getByLabel("Reason", { exact: true }).fill("Confirmed with the mother by phone");
  await page.getByRole("button", { name: "Change status" }).click();
  await expect(page.getByText("Status changed.", { exact: true })).toBeVisible();

  await expect.poll(() => mailsTo(c.email).length, { timeout: 30_000 }).toBe(1);
  const [mail] = mailsTo(c.email);
  expect(mail!.headers["content-language"]).toBe("es");
  expect(mail!.subject).toBe(`Novedades sobre su reporte ${c.caseNumber}`);
  expect(mail!.text).toContain(`Hay novedades sobre su reporte ${c.caseNumber}`);
  expect(mail!.text).toContain("/es/track");
  // Nothing of the case itself: not the name, not the officer's reason.
  for (const detail of [c.givenNames, c.familyNames, "Confirmed with the mother"])
    expect(mail!.raw).not.toContain(detail);

  // The link in the email's footer opens the confirmation page; confirming stops the emails.
  const link = /https?:\/\/\S+\/es\/unsubscribe\/\S+/.exec(mail!.text)![0];
  await page.context().clearCookies();
  await page.goto(new URL(link).pathname);
  await page.getByRole("button", { name: "Dejar de recibir correos" }).click();
  await expect(page.getByText("Listo: no recibirá más correos sobre este reporte.")).toBeVisible();

  // A later change reaches the case page but sends the family nothing more.
  await signInAs(page, "police.bz");
  await page.goto(`/en/cases/${c.caseNumber}`);
  await page.getByLabel("New status").selectOption("ACTIVE");
  await page.getByLabel("Reason", { exact: true }).fill("Search started");
  await page.getByRole("button", { name: "Change status" }).click();
  await expect(page.getByText("Status changed.", { exact: true })).toBeVisible();
  await page.getByLabel("New status").selectOption("LOCATED_ALIVE");
  await page.getByLabel("Reason", { exact: true }).fill("Found at her aunt's");
  await page.getByRole("button", { name: "Change status" }).click();
  await expect(page.getByText("Status changed.", { exact: true })).toBeVisible();
  await page.waitForTimeout(3000);
  expect(mailsTo(c.email)).toHaveLength(1);
});
