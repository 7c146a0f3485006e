// Tracking codes are shown once to the reporter and only their hash is stored. 12 symbols of
// Crockford base32 (no I, L, O, U) = 60 random bits: unguessable, easy to read aloud on a phone.
import crypto from "node:crypto";

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

export function generateTrackingCode(random: (n: number) => Buffer = crypto.randomBytes): string {
  const bytes = random(12);
  let code = "";
  for (let i = 0; i < 12; i++) code += ALPHABET[bytes[i]! % 32];
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

/** Accepts what people type: lower case, spaces, O for 0, I/L for 1. */
export function canonicalTrackingCode(input: string): string {
  const raw = input
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
  return raw.length === 12 ? `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8)}` : raw;
}

export function hashTrackingCode(code: string): string {
  return crypto
    .createHash("sha256")
    .update(`reencuentro:${canonicalTrackingCode(code)}`)
    .digest("hex");
}
