// SMS length rules (GSM 03.38). A message in the GSM-7 alphabet fits 160 characters in one SMS;
// longer ones are sent as concatenated parts of 153 each (the rest of a part is the UDH header
// that glues them back together). Any character outside the alphabet (many Quechua/Aymara/
// Guarani letters, emoji) makes the whole message UCS-2: 70 units alone, 67 per part. Extension
// characters (€ [ ] { } ...) cost two septets and are never split from their escape.

const BASIC =
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001bÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" +
  "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
const EXTENSION = "^{}\\[~]|€\f";

const basic = new Set(Array.from(BASIC));
const extension = new Set(Array.from(EXTENSION));

export type SmsEncoding = "GSM-7" | "UCS-2";

export interface SmsSegments {
  encoding: SmsEncoding;
  /** The parts in order, as the handset will join them. */
  parts: string[];
}

export function isGsm7(text: string): boolean {
  for (const ch of text) if (!basic.has(ch) && !extension.has(ch)) return false;
  return true;
}

/** Splits on whole units: septets for GSM-7 (extension = 2), UTF-16 code units for UCS-2. */
export function splitSms(text: string): SmsSegments {
  const encoding: SmsEncoding = isGsm7(text) ? "GSM-7" : "UCS-2";
  const [single, multi] = encoding === "GSM-7" ? [160, 153] : [70, 67];
  const chars = Array.from(text); // code points: a surrogate pair stays together
  const cost = (ch: string) => (encoding === "GSM-7" ? (extension.has(ch) ? 2 : 1) : ch.length);
  const total = chars.reduce((n, ch) => n + cost(ch), 0);
  if (total <= single) return { encoding, parts: text === "" ? [] : [text] };
  const parts: string[] = [];
  let part = "";
  let used = 0;
  for (const ch of chars) {
    const c = cost(ch);
    if (used + c > multi) {
      parts.push(part);
      part = "";
      used = 0;
    }
    part += ch;
    used += c;
  }
  if (part) parts.push(part);
  return { encoding, parts };
}
