import QRCode from "qrcode";
import { describe, expect, it } from "vitest";
import { qrSymbol } from "./qr";

const URL_ = "https://reencuentro.example/es/missing/abcDEF123456";

/** The dark modules the path draws, read back as "x,y" of the symbol (quiet zone removed). */
function drawn(path: string): Set<string> {
  return new Set([...path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)].map((m) => `${+m[1]! - 4},${+m[2]! - 4}`));
}

describe("qrSymbol", () => {
  it("draws exactly the library's dark modules, inside a 4-module quiet zone", () => {
    const s = qrSymbol(URL_);
    const { modules } = QRCode.create(URL_, { errorCorrectionLevel: "M" });
    expect(s.size).toBe(modules.size);
    expect(s.box).toBe(modules.size + 8);
    const expected = new Set<string>();
    for (let y = 0; y < modules.size; y++)
      for (let x = 0; x < modules.size; x++) if (modules.get(y, x)) expected.add(`${x},${y}`);
    expect(drawn(s.path)).toEqual(expected);
    // The three finder patterns: the top-left corner module is dark.
    expect(drawn(s.path).has("0,0")).toBe(true);
  });

  it("encodes the text it is given (another address gives another symbol)", () => {
    expect(qrSymbol(URL_).path).not.toBe(qrSymbol(`${URL_}x`).path);
    const { segments } = QRCode.create(URL_, { errorCorrectionLevel: "M" });
    // Byte segments hold bytes, numeric and alphanumeric ones their characters.
    const text = segments
      .map((s) => (typeof s.data === "string" ? s.data : Buffer.from(s.data as Uint8Array).toString("utf8")))
      .join("");
    expect(text).toBe(URL_);
  });
});
