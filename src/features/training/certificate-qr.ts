import "server-only";
// Where a certificate's QR code leads: the public check of that one code (decision 151). The QR
// itself is the shared server-drawn SVG (components/ui/qr-code).
import { publicBaseUrl } from "@/server/env";

/** The address a certificate's QR code opens: the public check of this code. */
export function certificateVerifyUrl(locale: string, code: string, request?: Headers | null): string {
  return `${publicBaseUrl(request)}/${locale}/training/verify/${code}`;
}
