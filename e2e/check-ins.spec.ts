import AxeBuilder from "@axe-core/playwright";
import type { Browser } from "@playwright/test";
import sharp from "sharp";
import { expect, test } from "./fixtures/data";
import { signInAs } from "./fixtures/auth";
import { expectNoAxeViolationsWithoutJs } from "./fixtures/axe-no-js";

// The "Still missing?" answer page, with JavaScript off (families open it on any phone): the
// link shows only the case number; "came home" reaches the officer's inbox without closing the
// case; the used link (410) and a tampered one (404) say why in the page's language; "I have new
// information" leads to the track page's add-information form.

const noJs = (browser: Browser) => browser.newContext({ javaScriptEnabled: false, locale: "es-ES" });

test("came home: answered without JavaScript, shown in the officer's inbox, the case stays open", async ({
  browser,
  page,
  checkInCase: c,
}) => {
  const family = await noJs(browser);
  const tab = await family.newPage();
  await tab.setViewportSize({ width: 360, height: 740 });
  const first = await tab.goto(`/es/check-in/${c.emailToken}`);
  expect(first?.status()).toBe(200);
  await expect(tab.getByRole("heading", { level: 1 })).toHaveText("¿La persona sigue desaparecida?");
  await expect(tab.getByText(`Se trata del reporte ${c.caseNumber}.`)).toBeVisible();
  // Nothing about the person: a forwarded link tells nobody whom the report is about.
  await expect(tab.locator("main")).not.toContainText("Yesenia");
  await expectNoAxeViolationsWithoutJs(browser, tab);

  await tab.getByRole("button", { name: "La persona volvió a casa" }).click();
  await expect(tab).toHaveURL(/\/es\/check-in\/answered\?answer=CAME_HOME$/);
  await expect(tab.locator("#check-in-thanks")).toContainText("Se avisó a la unidad policial");

  // The link is used now, by either channel's copy: a 410 that says so.
  for (const token of [c.emailToken, c.smsToken]) {
    const again = await tab.goto(`/es/check-in/${token}`);
    expect(again?.status()).toBe(410);
    await expect(tab.locator("#check-in-problem")).toHaveText(
      "Este enlace ya fue respondido. Gracias: la unidad policial tiene su respuesta.",
    );
  }
  await family.close();

  await signInAs(page, "police.bz");
  await page.goto("/en/inbox?kind=CHECK_IN");
  const item = page.getByRole("listitem").filter({ hasText: c.caseNumber });
  await expect(item).toContainText("Family check-in");
  await expect(item).toContainText("The family says the person came home.");
  await item.getByRole("link", { name: `Open case ${c.caseNumber}` }).click();
  await expect(page.locator("main")).toContainText("Verified");
  await expect(page.locator('[data-event="CHECK_IN_ANSWERED"]')).toContainText(
    "The family answered check-in 1: came home (please confirm with them)",
  );
});

test("a tampered link answers 404 with a translated reason and offers the track page", async ({
  browser,
  checkInCase: c,
}) => {
  const family = await noJs(browser);
  const tab = await family.newPage();
  const sig = c.emailToken.slice(-4);
  const tampered = c.emailToken.slice(0, -4) + (sig === "AAAA" ? "BBBB" : "AAAA");
  const res = await tab.goto(`/en/check-in/${tampered}`);
  expect(res?.status()).toBe(404);
  await expect(tab.locator("#check-in-problem")).toHaveText(
    "This link is not valid. Copy the whole link from the message and try again.",
  );
  await expect(tab.getByRole("link", { name: "Open my report" })).toHaveAttribute("href", "/en/track");
  await expectNoAxeViolationsWithoutJs(browser, tab);
  // The genuine link still works: the tampered one changed nothing.
  expect((await tab.goto(`/en/check-in/${c.emailToken}`))?.status()).toBe(200);
  await family.close();
});

test("new information: the track page opens with the case number, and the family adds a detail", async ({
  browser,
  page,
  checkInCase: c,
}) => {
  const family = await noJs(browser);
  const tab = await family.newPage();
  await tab.goto(`/en/check-in/${c.smsToken}`);
  await tab.getByRole("button", { name: "I have new information" }).click();
  await expect(tab).toHaveURL(/\/en\/track$/);
  await expect(tab.locator("#track-notice")).toContainText("Enter your tracking code");
  await expect(tab.locator("#track-caseNumber")).toHaveValue(c.caseNumber);
  await tab.locator("#track-trackingCode").fill(c.trackingCode);
  await tab.getByRole("button", { name: "Check status" }).click();
  await expect(tab.getByRole("heading", { name: "Add information for the police" })).toBeVisible();
  // Empty: the field says what is missing (the form works without JavaScript).
  await tab.getByRole("button", { name: "Send to the police" }).click();
  await expect(tab.locator("#family-note-body-error")).toHaveText("This field is required.");
  await tab.getByLabel("What you know").fill("A neighbour saw her at the bus terminal on Sunday.");
  await tab.getByRole("button", { name: "Send to the police" }).click();
  await expect(tab.locator("#track-notice")).toHaveText(
    "Thank you. Your information was added to the report and the police unit was told.",
  );
  await expectNoAxeViolationsWithoutJs(browser, tab);
  await family.close();

  await signInAs(page, "police.bz");
  await page.goto("/en/inbox?kind=CHECK_IN");
  const items = page.getByRole("listitem").filter({ hasText: c.caseNumber });
  await expect(items.filter({ hasText: "says they have new information" })).toHaveCount(1);
  await expect(items.filter({ hasText: "The family added information to the case" })).toHaveCount(1);
  await page.goto(`/en/cases/${c.caseNumber}`);
  await expect(page.locator('[data-event="FAMILY_NOTE"]')).toContainText(
    "A neighbour saw her at the bus terminal on Sunday.",
  );
});

test("new information: the family adds a photo without JavaScript; the officer is told and sees it", async ({
  browser,
  page,
  checkInCase: c,
}) => {
  const family = await noJs(browser);
  const tab = await family.newPage();
  await tab.goto("/en/track");
  await tab.locator("#track-caseNumber").fill(c.caseNumber);
  await tab.locator("#track-trackingCode").fill(c.trackingCode);
  await tab.getByRole("button", { name: "Check status" }).click();
  await expect(tab.getByRole("heading", { name: "Add a photo" })).toBeVisible();
  await tab.getByRole("button", { name: "Send the photo" }).click();
  await expect(tab.locator("#family-photo-file-error")).toHaveText("This field is required.");
  const jpeg = await sharp({ create: { width: 640, height: 480, channels: 3, background: "#468" } })
    .jpeg()
    .toBuffer();
  await tab
    .getByLabel("Photo of the person")
    .setInputFiles({ name: "rosa.jpg", mimeType: "image/jpeg", buffer: jpeg });
  await tab.getByRole("button", { name: "Send the photo" }).click();
  await expect(tab.locator("#track-notice")).toHaveText(
    "Thank you. The photo was added to the report and the police unit was told.",
  );
  await expectNoAxeViolationsWithoutJs(browser, tab);
  await family.close();

  await signInAs(page, "police.bz");
  await page.goto("/en/inbox?kind=CHECK_IN");
  const items = page.getByRole("listitem").filter({ hasText: c.caseNumber });
  await expect(items.filter({ hasText: "The family added a photo to the case" })).toHaveCount(1);
  await page.goto(`/en/cases/${c.caseNumber}`);
  await expect(page.locator('[data-event="PHOTO_ADDED"]')).toHaveCount(1);
  // Held from the public pages until the officer lets it through (decision 182).
  const held = page.getByText("Photo from the family: not on public pages until an officer approves it.");
  await expect(held).toHaveCount(1);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.getByRole("button", { name: "Publish this photo" }).click();
  // The held note (and its form) leave the page; the timeline says who let the photo through.
  await expect(held).toHaveCount(0);
  await page.reload();
  await expect(held).toHaveCount(0);
  await expect(page.locator('[data-event="PHOTO_RELEASED"]')).toContainText(
    "Family photo approved for the bulletin (photo 1)",
  );
});

test("came home from the track page, without JavaScript at 360 px: the officer gets the task, the case stays open", async ({
  browser,
  page,
  checkInCase: c,
}) => {
  const family = await noJs(browser);
  const tab = await family.newPage();
  await tab.setViewportSize({ width: 360, height: 740 });
  await tab.goto("/es/track");
  await tab.locator("#track-caseNumber").fill(c.caseNumber);
  await tab.locator("#track-trackingCode").fill(c.trackingCode);
  await tab.getByRole("button", { name: "Ver el estado" }).click();
  const form = tab.getByRole("form", { name: "La persona volvió a casa" });
  await expect(form).toBeVisible();
  // Not ticked: nothing is sent, and the box says why.
  await form.getByRole("button", { name: "Avisar a la unidad policial" }).click();
  await expect(tab.locator("#came-home-confirm-error")).toHaveText(
    "Marque la casilla para confirmar que la persona ya está en casa.",
  );
  await expect(tab.getByLabel("Sí, la persona que reporté ya está en casa")).toHaveAttribute(
    "aria-invalid",
    "true",
  );
  await tab.getByLabel("Sí, la persona que reporté ya está en casa").check();
  await tab.getByRole("button", { name: "Avisar a la unidad policial" }).click();
  await expect(tab.locator("#track-notice")).toHaveText(
    "Gracias. Se avisó a la unidad policial, que le contactará para confirmarlo. Hasta entonces el reporte sigue abierto.",
  );
  // Sent again (a reload of the form, a second tap): one task, and the family is told so.
  await tab.getByLabel("Sí, la persona que reporté ya está en casa").check();
  await tab.getByRole("button", { name: "Avisar a la unidad policial" }).click();
  await expect(tab.locator("#track-notice")).toContainText("La unidad policial ya sabe");
  expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectNoAxeViolationsWithoutJs(browser, tab);
  await family.close();

  await signInAs(page, "police.bz");
  await page.goto("/en/inbox?kind=CHECK_IN");
  const items = page.getByRole("listitem").filter({ hasText: c.caseNumber });
  await expect(items.filter({ hasText: "The family says the person came home." })).toHaveCount(1);
  await page.goto(`/en/cases/${c.caseNumber}`);
  await expect(page.locator("main")).toContainText("Verified");
  await expect(page.locator('[data-event="CHECK_IN_ANSWERED"]')).toHaveText(
    /The family said on the track page: came home \(please confirm with them\) — the reporter/,
  );
});
