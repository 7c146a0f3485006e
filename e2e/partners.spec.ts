import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { signInAs } from "./fixtures/auth";
import { firstBelizeCase } from "./fixtures/access";

const PFIF = (id: string) => `<?xml version="1.0" encoding="UTF-8"?>
<pfif:pfif xmlns:pfif="http://zesty.ca/pfif/1.4">
  <pfif:person>
    <pfif:person_record_id>registry.example.org/${id}</pfif:person_record_id>
    <pfif:source_date>2026-10-03T12:00:00Z</pfif:source_date>
    <pfif:full_name>Marisol Chan Coc</pfif:full_name>
    <pfif:given_name>Marisol</pfif:given_name>
    <pfif:family_name>Chan Coc</pfif:family_name>
    <pfif:author_name>Registry</pfif:author_name>
    <pfif:home_country>BZ</pfif:home_country>
    <pfif:home_city>Orange Walk</pfif:home_city>
    <pfif:sex>female</pfif:sex>
    <pfif:age>15</pfif:age>
  </pfif:person>
  <pfif:person>
    <pfif:person_record_id>not-a-record-id</pfif:person_record_id>
    <pfif:full_name>Sin Fecha</pfif:full_name>
  </pfif:person>
</pfif:pfif>`;

test("an admin issues a token that works at once on the API, and revoking it stops it", async ({
  page,
  request,
}) => {
  await signInAs(page, "admin");
  await page.goto("/en/admin/tokens");
  await expect(page.getByRole("heading", { name: "API tokens for partner systems" })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByText("Choose at least one permission for the token.")).toBeVisible();

  const name = `Belize registry ${Date.now()}`;
  await page.getByLabel("Name (which system uses it)").fill(name);
  await page.getByLabel("Organisation").selectOption({ label: "Belize Police Department (Belize)" });
  await page.getByLabel("Read cases").check();
  await page.getByRole("group", { name: "Countries" }).getByLabel("Belize").check();
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByText("Token created. Copy it now")).toBeVisible();
  const secret = await page.getByLabel("Token", { exact: true }).inputValue();
  expect(secret).toMatch(/^rtk_/);

  const { caseNumber } = await firstBelizeCase();
  const auth = { Authorization: `Bearer ${secret}` };
  const read = await request.get(`/api/v1/cases/${caseNumber}`, { headers: auth });
  expect(read.status()).toBe(200);
  expect((await read.json()).caseNumber).toBe(caseNumber);
  const noScope = await request.get("/api/v1/pfif/persons", { headers: auth });
  expect(noScope.status()).toBe(403);
  expect(noScope.headers()["content-type"]).toContain("application/problem+json");

  await page.reload();
  const row = page.getByRole("row", { name: new RegExp(name) });
  await expect(row.getByText("active")).toBeVisible();
  await row.getByRole("button", { name: /Revoke/ }).click();
  await expect(row.getByText("revoked")).toBeVisible();
  expect((await request.get(`/api/v1/cases/${caseNumber}`, { headers: auth })).status()).toBe(401);
  // The scope is named in words (a colon in the key once printed "tokens.scope.cases.read").
  await expect(row.getByRole("cell", { name: "Read cases", exact: true })).toBeVisible();
  await expect(page.locator("table")).not.toContainText("tokens.scope");

  // On a phone each row is a card of labelled lines; a revoked token has no button, and its
  // card shows no label over an empty line.
  await page.setViewportSize({ width: 360, height: 800 });
  await page.reload();
  const card = page.locator("tbody tr", { hasText: name });
  await expect(card.getByText("revoked")).toBeVisible();
  const emptyLines = await card
    .locator("td")
    .evaluateAll((cells) =>
      cells
        .filter((td) => (td as HTMLElement).offsetHeight > 0 && !(td as HTMLElement).innerText.trim())
        .map((td) => td.getAttribute("data-label")),
    );
  expect(emptyLines).toEqual([]);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test("an admin uploads a PFIF file and reads the per-record report", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/en/admin/pfif");
  await page.getByLabel("PFIF file (XML)").setInputFiles({
    name: "registry.xml",
    mimeType: "application/xml",
    buffer: Buffer.from(PFIF(String(Date.now()))),
  });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("status")).toHaveText("1 created, 0 updated, 0 unchanged, 1 refused.");
  await expect(page.getByText("record id must look like domain/id")).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  await page.getByLabel("PFIF file (XML)").setInputFiles({
    name: "evil.xml",
    mimeType: "application/xml",
    buffer: Buffer.from(
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
    ),
  });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByText("The file contains a DOCTYPE or entity declaration")).toBeVisible();
});

test("partner developers find the reference page and the OpenAPI document", async ({ page, request }) => {
  await page.goto("/en");
  await page.getByRole("link", { name: "API for partner systems" }).click();
  await expect(page.getByRole("heading", { name: "Reencuentro API for partner systems" })).toBeVisible();
  await expect(page.getByText("GET /api/v1/cases/{caseNumber}")).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  const doc = await request.get("/api/v1/openapi.json");
  expect(doc.status()).toBe(200);
  expect((await doc.json()).openapi).toBe("3.1.0");
  const again = await request.get("/api/v1/openapi.json", {
    headers: { "If-None-Match": doc.headers().etag! },
  });
  expect(again.status()).toBe(304);
});
