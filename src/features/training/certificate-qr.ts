import "server-only";
// The QR code printed on a certificate: drawn on the server as SVG (no script, no download on the
// trainer's phone) and embedded as an image. It encodes the public check of that one code.
import QRCode from "qrcode";
import { publicBaseUrl } from "@/server/env";

/** The address a certificate's QR code opens: the public check of this code. */
export function certificateVerifyUrl(locale: string, code: string, host?: string | null): string {
  return `${publicBaseUrl(host)}/${locale}/training/verify/${code}`;
}

/** The QR code of an address as an `<img>` source (an SVG data URL). */
export async function qrImageSource(url: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}
