// Secrets the training area hands out: certificate verification codes and passwords for
// practice logins and promoted trainers. All random (crypto), shown once; only hashes are kept.
import crypto from "node:crypto";

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

function randomSymbols(count: number, random: (n: number) => Buffer): string {
  const bytes = random(count);
  let out = "";
  // 256 is a multiple of 32, so `% 32` keeps every symbol equally likely.
  for (let i = 0; i < count; i++) out += ALPHABET[bytes[i]! % 32];
  return out;
}

/** "CERT-XXXX-XXXX-XXXX": 60 random bits, read aloud or typed from paper without confusion. */
export function generateCertificateCode(random: (n: number) => Buffer = crypto.randomBytes): string {
  const s = randomSymbols(12, random);
  return `CERT-${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8)}`;
}

/**
 * The code of one issue of one certificate, derived with the app's secret from the attendee and
 * the moment it was issued: it can be shown again (to the trainer, to the trainee) without being
 * stored, and re-issuing (a new moment) gives a new code. Decision 151.
 */
export function deriveCertificateCode(secret: string, attendeeId: string, issuedAt: Date): string {
  const mac = crypto
    .createHmac("sha256", secret)
    .update(`reencuentro-certificate-code:${attendeeId}:${issuedAt.toISOString()}`)
    .digest();
  return generateCertificateCode((n) => mac.subarray(0, n));
}

/** Accepts what people type: any case, spaces or dashes, O for 0, I/L for 1, with or without "CERT". */
export function canonicalCertificateCode(input: string): string | null {
  let raw = input.toUpperCase().replace(/[^0-9A-Z]/g, "");
  if (raw.startsWith("CERT")) raw = raw.slice(4);
  raw = raw.replace(/O/g, "0").replace(/[IL]/g, "1");
  if (!/^[0-9A-HJKMNP-TV-Z]{12}$/.test(raw)) return null;
  return `CERT-${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8)}`;
}

/** What the database stores: the code itself is only ever printed on the certificate. */
export function hashCertificateCode(canonical: string): string {
  return crypto.createHash("sha256").update(`reencuentro-certificate:${canonical}`).digest("hex");
}

/** A password for a generated account: 16 symbols (80 bits) in groups of four. */
export function generatePassword(random: (n: number) => Buffer = crypto.randomBytes): string {
  const s = randomSymbols(16, random).toLowerCase();
  return `${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8, 12)}-${s.slice(12)}`;
}

/** A short lower-case tag that keeps one batch of practice logins apart from every other. */
export function generateBatchTag(random: (n: number) => Buffer = crypto.randomBytes): string {
  return randomSymbols(6, random).toLowerCase();
}

/** `.invalid` is reserved (RFC 2606): mail to a practice login can never reach anyone. */
export function practiceEmail(tag: string, n: number): string {
  return `practice-${tag}-${n}@practice.invalid`;
}

// Shared with the found feature's practice records (src/lib/case-number.ts).
export { practiceCasePrefix } from "@/lib/case-number";
