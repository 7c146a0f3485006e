import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { signInAs } from "./fixtures/auth";
import { runDataScript } from "./fixtures/data";

// A request to the country that owns a case (decision 145): police of Guatemala ask Belize from
// Belize's case page; it lands in Belize's inbox and on the timeline; Belize answers; the answer
// reaches the Guatemalan officer's inbox.

test("police.gt asks Belize about its case; police.bz answers; the answer reaches police.gt", async ({
  browser,
}) => {
  test.setTimeout(120_000); // two officers, five pages
  const { caseNumber } = runDataScript<{ caseNumber: string }>("make-lookup-case.ts");
  const gtContext = await browser.newContext();
  const gt = await gtContext.newPage();
  await signInAs(gt, "police.gt");
  await gt.goto(`/en/cases/${caseNumber}`);
  // Another country's claim opens only after the officer says why (decision 154).
  await expect(
    gt.getByRole("heading", { name: `Case ${caseNumber}: why are you opening it?` }),
  ).toBeVisible();
  await expect(gt.getByRole("region", { name: "Requests between countries" })).toHaveCount(0);
  await gt.getByLabel("Reason").fill("Possible sighting at the Melchor border crossing.");
  await gt.getByRole("button", { name: "Open the case" }).click();
  const section = gt.getByRole("region", { name: "Requests between countries" });
  await section.getByLabel("What you need").selectOption("SEEN");
  await section.getByLabel("Message").fill("A woman matching her was seen at the Melchor bus stop.");
  await section.getByRole("button", { name: "Send the request to Belize" }).click();
  await expect(section.getByText("Request sent.")).toBeVisible();
  expect((await new AxeBuilder({ page: gt }).analyze()).violations).toEqual([]);
  await gt.reload();
  await expect(gt.locator('[data-event="OWNER_REQUEST"]')).toContainText(
    "Request from Guatemala: We may have seen this person",
  );

  const bzContext = await browser.newContext();
  const bz = await bzContext.newPage();
  await signInAs(bz, "police.bz");
  await bz.goto("/en/inbox?kind=REQUEST");
  const item = bz.getByRole("listitem").filter({ hasText: caseNumber });
  await expect(item).toContainText("Request from another country");
  await expect(item).toContainText("From Guatemala");
  await expect(item).toContainText("We may have seen this person");
  await item.getByRole("link", { name: `Open case ${caseNumber}` }).click();
  const requests = bz.getByRole("region", { name: "Requests between countries" });
  await expect(requests).toContainText("A woman matching her was seen at the Melchor bus stop.");
  await requests.getByLabel("Answer").fill("Thank you: please call our Cayo desk.");
  await requests.getByRole("button", { name: "Answer" }).click();
  await expect(requests.getByText("Answer sent.")).toBeVisible();
  expect((await new AxeBuilder({ page: bz }).analyze()).violations).toEqual([]);

  await gt.goto("/en/inbox?kind=REQUEST");
  const answer = gt.getByRole("listitem").filter({ hasText: caseNumber });
  await expect(answer).toContainText("From Belize");
  await expect(answer).toContainText("An answer to your request about this case.");
  await expect(answer).toContainText("Thank you: please call our Cayo desk.");
  await gtContext.close();
  await bzContext.close();
});

test("police.bz sees no request form on its own country's case", async ({ page }) => {
  const { caseNumber } = runDataScript<{ caseNumber: string }>("make-lookup-case.ts");
  await signInAs(page, "police.bz");
  await page.goto(`/en/cases/${caseNumber}`);
  await expect(page.getByRole("heading", { name: "Casework" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Requests between countries" })).toHaveCount(0);
});
