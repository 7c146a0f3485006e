import jsQR from "jsqr";
import { renderToStaticMarkup } from "react-dom/server";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { QrCode } from "./qr-code";

// The poster's QR code must scan: the markup QrCode sends is rasterised as a printer or a screen
// would (sharp, no anti-aliasing help from us) and read back by a QR decoder of its own (jsQR),
// independent of the library that drew it.

/** The symbol's markup drawn at `px` pixels a side, decoded; null when no code is found. */
async function scan(markup: string, px: number): Promise<string | null> {
  const { data, info } = await sharp(Buffer.from(markup), { density: 300 })
    .resize(px, px, { kernel: "nearest" })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data ?? null;
}

const svg = (value: string) =>
  renderToStaticMarkup(<QrCode value={value} label="QR" />).replace(
    "<svg ",
    '<svg xmlns="http://www.w3.org/2000/svg" ',
  );

describe("QrCode", () => {
  const poster = "https://reencuentro.example/es/missing/abcDEF123456";

  it("scans back to the poster's address, at print and at phone-screen sizes", async () => {
    for (const px of [400, 160]) expect(await scan(svg(poster), px), `${px} px`).toBe(poster);
  });

  it("scans back to each address it is given, not to a fixed one", async () => {
    const other = "https://reencuentro.example/qu/missing/zzz999XXX000";
    expect(await scan(svg(other), 400)).toBe(other);
  });

  it("a blank square scans to nothing (the decoder does not invent codes)", async () => {
    const blank =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#fff"/></svg>';
    expect(await scan(blank, 400)).toBeNull();
  });
});
