import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import { e2eQuery, fillClaim, fillReporter, readReceipt, syntheticPerson } from "./fixtures/claim-form";

// A family's phone photo is shrunk in the browser before it travels, sent after the claim with a
// progress bar, and a photo that fails on a bad connection is sent again alone.
test.use({ viewport: { width: 360, height: 740 } });

const EN = { next: /^Next$/, send: "Send the claim" };
/** What a 3G family can send: the bound for a 12 MP photo's upload. */
const MAX_UPLOAD_BYTES = 600 * 1024;

/**
 * A camera-like 4000x3000 JPEG of ~6 MB: soft shapes with sensor-like grain (a flat colour would
 * shrink to nothing and prove little), EXIF with maker and GPS, and "rotate 90°" orientation.
 */
async function phonePhoto(): Promise<Buffer> {
  const [W, H] = [4000, 3000];
  const shapes = await sharp({
    create: {
      width: 80,
      height: 60,
      channels: 3,
      background: "#808080",
      noise: { type: "gaussian", mean: 128, sigma: 60 },
    },
  })
    .png()
    .toBuffer();
  const grain = await sharp({
    create: {
      width: W,
      height: H,
      channels: 3,
      background: "#808080",
      noise: { type: "gaussian", mean: 128, sigma: 26 },
    },
  })
    .png({ compressionLevel: 0 })
    .toBuffer();
  return sharp(shapes)
    .resize(W, H, { kernel: "cubic" })
    .composite([{ input: grain, blend: "overlay" }])
    .jpeg({ quality: 92 })
    .withExif({
      IFD0: { Make: "E2ECam", Model: "Phone 1" },
      IFD3: {
        GPSLatitudeRef: "S",
        GPSLatitude: "16/1 30/1 0/1",
        GPSLongitudeRef: "W",
        GPSLongitude: "68/1 9/1 0/1",
      },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

async function noAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);
}

const progressOf = (page: Page) =>
  page
    .locator("#photo-upload-0")
    .evaluate((p) => (p as HTMLProgressElement).value / (p as HTMLProgressElement).max);

test("a big phone photo is sent shrunk after the claim, with progress; a failed upload is retried alone", async ({
  page,
  context,
}, testInfo) => {
  // A 6 MB JPEG is generated, decoded and shrunk, and sent over a throttled line.
  test.slow();
  const original = await phonePhoto();
  const meta = await sharp(original).metadata();
  expect([meta.width, meta.height, meta.orientation]).toEqual([4000, 3000, 6]);
  expect(original.length).toBeGreaterThan(5 * 1024 * 1024);

  const sent: { body: Buffer; submissionId: string; position: string; size: Promise<number> }[] = [];
  page.on("request", (r) => {
    if (!r.url().endsWith("/api/report-photos")) return;
    const h = r.headers();
    sent.push({
      // The body itself is visible only while the request is intercepted (the first one).
      body: r.postDataBuffer() ?? Buffer.alloc(0),
      size: r.allHeaders().then((all) => Number(all["content-length"])),
      submissionId: h["x-submission-id"]!,
      position: h["x-photo-position"]!,
    });
  });
  // The first photo upload dies as on a dropped connection; the claim itself goes through.
  let dropped = 0;
  await page.route("**/api/report-photos", async (route) => {
    dropped += 1;
    await route.abort("connectionreset");
    await page.unroute("**/api/report-photos");
  });

  await page.goto("/en/report");
  await fillClaim(page, syntheticPerson(), { next: EN.next });
  await page
    .locator("#claim-photos")
    .setInputFiles({ name: "IMG_0001.jpg", mimeType: "image/jpeg", buffer: original });
  await expect(page.getByRole("img", { name: "Preview of IMG_0001.jpg" })).toBeVisible({ timeout: 30_000 });
  await page.getByRole("button", { name: EN.next }).click();
  await fillReporter(page, EN.next);
  await page.getByRole("button", { name: EN.send }).click();

  // The case number comes first; the photo's failure does not take it away.
  await expect(page.getByRole("heading", { name: "We received your claim" })).toBeVisible();
  const { caseNumber } = await readReceipt(page);
  const uploads = page.getByTestId("photo-uploads");
  await expect(uploads.getByRole("alert")).toContainText("The photo did not arrive");
  await expect(uploads.getByRole("status")).toHaveText("Not sent");
  expect(dropped).toBe(1);
  await uploads.screenshot({ path: testInfo.outputPath("photo-not-sent-360.png") });
  await noAxeViolations(page);

  // What left the phone: a shrunk JPEG with no EXIF (no GPS, no camera), far under the bound.
  expect(sent).toHaveLength(1);
  const first = sent[0]!;
  expect(first.position).toBe("0");
  expect(first.body.length).toBeLessThan(MAX_UPLOAD_BYTES);
  expect(first.body.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
  const shrunk = await sharp(first.body).metadata();
  // Upright (the EXIF orientation applied in the browser), long side 1600 px.
  expect([shrunk.width, shrunk.height]).toEqual([1200, 1600]);
  expect(shrunk.exif).toBeUndefined();
  expect(first.body.includes(Buffer.from("Exif\0\0"))).toBe(false);
  expect(first.body.includes(Buffer.from("E2ECam"))).toBe(false);
  const filed = await e2eQuery<{ id: string; n: string }>(
    `SELECT c.id, (SELECT count(*) FROM "CasePhoto" p WHERE p."caseId" = c.id) AS n FROM "Case" c WHERE c."submissionId" = $1`,
    [first.submissionId],
  );
  expect(filed).toEqual([{ id: expect.any(String), n: "0" }]);

  // "Try again" on a slow line (~400 kbit/s up): the bar moves, then the photo is sent; the
  // claim is not sent again.
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 400,
    downloadThroughput: 50 * 1024,
    uploadThroughput: 50 * 1024,
  });
  await uploads.getByRole("button", { name: "Try again" }).click();
  await expect(uploads.getByRole("status")).toHaveText("Sending…");
  const bar = uploads.getByRole("progressbar", { name: "Photo 1: IMG_0001.jpg" });
  await expect(bar).toBeVisible();
  // Part of the photo sent, not all of it: the bar follows the upload (XMLHttpRequest progress).
  const partway = async () => {
    const v = await progressOf(page);
    return v > 0 && v < 1;
  };
  await expect.poll(partway, { timeout: 20_000, intervals: [100] }).toBe(true);
  await expect(uploads.getByRole("status")).toHaveText("Sent", { timeout: 30_000 });
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
  expect(await progressOf(page)).toBe(1);
  await expect(uploads).toContainText("All photos were sent.");
  await noAxeViolations(page);

  expect(sent).toHaveLength(2);
  expect(sent[1]!.submissionId).toBe(first.submissionId);
  expect(await sent[1]!.size, "the same shrunk photo, sent again").toBe(first.body.length);
  const cases = await e2eQuery<{ caseNumber: string }>(
    `SELECT "caseNumber" FROM "Case" WHERE "submissionId" = $1`,
    [first.submissionId],
  );
  expect(cases).toEqual([{ caseNumber }]);
  const photos = await e2eQuery<{ position: number; width: number; height: number }>(
    `SELECT position, width, height FROM "CasePhoto" WHERE "caseId" = $1`,
    [filed[0]!.id],
  );
  expect(photos).toEqual([{ position: 0, width: 1200, height: 1600 }]);

  // Sent once more (an answer lost after the photo was stored): nothing is stored twice.
  const again = await page.request.post("/api/report-photos", {
    headers: { "Content-Type": "image/jpeg", "X-Submission-Id": first.submissionId, "X-Photo-Position": "0" },
    data: first.body,
  });
  expect(again.status()).toBe(200);
  const events = await e2eQuery<{ n: string }>(
    `SELECT count(*) AS n FROM "CaseEvent" WHERE "caseId" = $1 AND type = 'PHOTO_ADDED'`,
    [filed[0]!.id],
  );
  expect(events).toEqual([{ n: "1" }]);
});

test("photos for a claim nobody filed are refused, as are files that are not images", async ({ page }) => {
  const post = (submissionId: string, position: string, data: Buffer) =>
    page.request.post("/api/report-photos", {
      headers: {
        "Content-Type": "image/jpeg",
        "X-Submission-Id": submissionId,
        "X-Photo-Position": position,
      },
      data,
    });
  const jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#468" } })
    .jpeg()
    .toBuffer();
  expect((await post(crypto.randomUUID(), "0", jpeg)).status()).toBe(404);
  expect((await post(crypto.randomUUID(), "3", jpeg)).status()).toBe(400);
  expect((await post("not-an-id", "0", jpeg)).status()).toBe(400);
});

test("without JavaScript the photo goes full size with the plain form and the server shrinks it", async ({
  browser,
}) => {
  test.slow();
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 360, height: 740 },
  });
  const page = await context.newPage();
  const id = (path: string) => `#plain-claim-${path.replace(/\./g, "-")}`;
  const original = await phonePhoto();
  await page.goto("/es/report");
  const who = syntheticPerson();
  await page.fill(id("person.givenNames"), who.givenNames);
  await page.fill(id("person.familyNames"), who.familyNames);
  await page.selectOption(id("person.sex"), "FEMALE");
  await page.fill(id("person.approxAge"), "30");
  await page.fill(id("person.clothing"), "Chompa roja");
  await page.selectOption(id("lastSeen.country"), "BO");
  await page.selectOption(id("lastSeen.region"), "BO-L");
  await page.fill(id("lastSeen.city"), "El Alto");
  await page.fill(id("lastSeen.date"), "2026-10-02");
  await page.fill(id("lastSeen.circumstances"), "Salió del trabajo y no volvió a casa.");
  await page.fill(id("reporter.name"), "Rosa Ejemplo");
  await page.selectOption(id("reporter.relationship"), "MOTHER");
  await page.fill(id("reporter.phone"), "+591 7000 0000");
  await page
    .locator("#plain-claim-photos")
    .setInputFiles({ name: "IMG_0002.jpg", mimeType: "image/jpeg", buffer: original });
  const posted = page.waitForRequest((r) => r.method() === "POST" && r.url().includes("/es/report"));
  await page.getByRole("button", { name: "Enviar la denuncia" }).click();
  await expect(page.getByTestId("receipt")).toBeVisible({ timeout: 30_000 });
  // The whole file travelled: nothing shrank it on the phone.
  const headers = await (await posted).allHeaders();
  expect(Number(headers["content-length"])).toBeGreaterThan(original.length);
  const caseNumber = (await page.getByTestId("case-number").textContent())!.trim();
  const photos = await e2eQuery<{ width: number; height: number }>(
    `SELECT p.width, p.height FROM "CasePhoto" p JOIN "Case" c ON c.id = p."caseId" WHERE c."caseNumber" = $1`,
    [caseNumber],
  );
  expect(photos).toEqual([{ width: 1200, height: 1600 }]);
  await context.close();
});
