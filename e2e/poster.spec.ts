import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import jsQR from "jsqr";
import sharp from "sharp";
import { runDataScript } from "./fixtures/data";

// The printable poster: its link preview carries only consented fields (decision 144), its QR code
// is server-rendered SVG pointing at the poster's own address, and it prints on one A4 or Letter page.

interface Made {
  id: string;
  caseNumber: string;
  publicId: string;
}
let adult: Made;
let minor: Made;
let withPhoto: Made;
const run = `p${Date.now().toString(36).slice(-5)}`;

test.beforeAll(() => {
  ({ adult, minor, withPhoto } = runDataScript<{ adult: Made; minor: Made; withPhoto: Made }>(
    "make-bulletin-cases.ts",
    [run],
    { UPLOAD_DIR: process.env.E2E_UPLOAD_DIR ?? "data/e2e-uploads" },
  ));
});

/** The text of the QR code in a screenshot (jsQR, a decoder independent of the drawing library). */
async function scanned(png: Buffer): Promise<string | null> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data ?? null;
}

const meta = (page: Page, key: string) =>
  page.locator(`meta[property="${key}"], meta[name="${key}"]`).first().getAttribute("content");

test("a consented poster previews its name and photo, with absolute addresses", async ({ page, baseURL }) => {
  await page.goto(`/es/missing/${withPhoto.publicId}`);
  const url = `${baseURL}/es/missing/${withPhoto.publicId}`;
  expect(await meta(page, "og:title")).toBe(`Persona desaparecida: Eleuteria Fotografiada Run${run}`);
  expect(await meta(page, "og:url")).toBe(url);
  expect(await meta(page, "twitter:card")).toBe("summary_large_image");
  const image = (await meta(page, "og:image"))!;
  expect(image).toMatch(new RegExp(`^${baseURL}/api/public-photos/[0-9a-f-]+/full$`));
  const photo = await page.request.get(image);
  expect(photo.status()).toBe(200);
  expect(photo.headers()["content-type"]).toContain("image/jpeg");
});

test("no photo consent: no image in the preview; off the bulletin: no preview and no name", async ({
  page,
}) => {
  await page.goto(`/es/missing/${adult.publicId}`);
  expect(await meta(page, "og:title")).toContain(`Quenallata Run${run}`);
  await expect(page.locator('meta[property="og:image"]')).toHaveCount(0);
  await expect(page.locator('meta[name="twitter:image"]')).toHaveCount(0);
  expect(await meta(page, "twitter:card")).toBe("summary");

  // The minor is not approved for publication: the page is a 404 with nothing about the case.
  const response = await page.request.get(`/es/missing/${minor.publicId}`);
  expect(response.status()).toBe(404);
  const html = await response.text();
  expect(html).not.toContain(`Menor Run${run}`);
  expect(html).not.toContain("og:title");
  expect(html).not.toContain("og:image");
});

test("the poster shows the description and clothing only when the family consented", async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`/es/missing/${withPhoto.publicId}`);
  const facts = page.locator("article dl");
  await expect(facts).toContainText("Ropa que llevaba");
  await expect(facts).toContainText("Chompa bordada granate");
  await expect(facts).toContainText("158 cm");
  await page.locator("article").screenshot({ path: testInfo.outputPath("poster-description-360.png") });
  // The adult's family published the name and age, not the description: none of it on the poster.
  await page.goto(`/es/missing/${adult.publicId}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Quenallata Run${run}`);
  await expect(facts).toContainText("Edad");
  for (const s of ["Chompa bordada", "158 cm", "Ropa que llevaba", "Estatura"])
    await expect(facts).not.toContainText(s);
  // Not even in the page's data for the browser.
  const html = await page.content();
  for (const s of ["Chompa bordada", "158 cm"]) expect(html).not.toContain(s);
});

test("the QR code is inline SVG from the server, pointing at the poster, without JavaScript", async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/es/missing/${withPhoto.publicId}`);
  const qr = page.getByRole("img", { name: "Código QR con la dirección de este cartel" });
  await expect(qr).toBeVisible();
  expect(await qr.evaluate((el) => el.tagName.toLowerCase())).toBe("svg");
  expect(await qr.getAttribute("data-qr-value")).toBe(`${baseURL}/es/missing/${withPhoto.publicId}`);
  expect((await qr.locator("path").getAttribute("d"))!.length).toBeGreaterThan(1000);
  // What a phone camera sees, on screen and on the printed page, scans to the poster's address.
  const url = `${baseURL}/es/missing/${withPhoto.publicId}`;
  expect(await scanned(await qr.screenshot())).toBe(url);
  await page.emulateMedia({ media: "print" });
  expect(await scanned(await qr.screenshot())).toBe(url);
  await page.emulateMedia({ media: "screen" });
  await expect(page.getByText("Escanee con la cámara del teléfono para abrir este cartel")).toBeVisible();
  // The country's police line, with when it answers (Belize: 911, day and night).
  await expect(page.getByRole("link", { name: "911" })).toHaveAttribute("href", "tel:911");
  await expect(page.getByText("Llame a Belize Police Department:")).toContainText(
    "(Horario: abierto las 24 horas, todos los días)",
  );
  await context.close();
});

/** Pages in a PDF made by Chromium (its page objects are plain, not in compressed streams). */
const pdfPages = (pdf: Buffer) => (pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

test("the poster prints on one page of A4 and of Letter, and passes axe in print media", async ({
  page,
}, info) => {
  await page.goto(`/es/missing/${withPhoto.publicId}`);
  await page.emulateMedia({ media: "print" });
  for (const format of ["A4", "Letter"] as const) {
    const pdf = await page.pdf({ format, printBackground: true });
    await info.attach(`poster-${format}.pdf`, { body: pdf, contentType: "application/pdf" });
    expect(pdfPages(pdf), format).toBe(1);
  }
  // The shared printable area of both papers with the 12 mm margins: 186 x 255 mm at 96 px/in.
  await page.setViewportSize({ width: Math.floor((186 / 25.4) * 96), height: 1100 });
  const box = (await page.locator("article").boundingBox())!;
  expect(box.height).toBeLessThanOrEqual((255 / 25.4) * 96);
  await info.attach("poster-print.png", {
    body: await page.screenshot({ fullPage: true }),
    contentType: "image/png",
  });
  await expect(page.getByText("Compartir este cartel")).toBeHidden();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);
});
