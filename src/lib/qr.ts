// A QR code as SVG path data, drawn from the qrcode library's module matrix: the poster renders
// it as inline SVG on the server, so the printed page needs no script and no image request.
import QRCode from "qrcode";

export interface QrSymbol {
  /** Modules per side, without the quiet zone. */
  size: number;
  /** One "M x y h1 v1 h-1 z" square per dark module, offset by the quiet zone. */
  path: string;
  /** The viewBox side: the symbol plus a 4-module quiet zone on each side (the standard minimum). */
  box: number;
}

const QUIET = 4;

/** The QR symbol of `text` (error correction M: survives a fold or a smudge on paper). */
export function qrSymbol(text: string): QrSymbol {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const { size, data } = modules;
  const parts: string[] = [];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (data[y * size + x]) parts.push(`M${x + QUIET} ${y + QUIET}h1v1h-1z`);
    }
  }
  return { size, path: parts.join(""), box: size + 2 * QUIET };
}
