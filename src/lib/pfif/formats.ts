// The value rules of PFIF 1.4 that an importer must check and an exporter must keep.

/** The largest PFIF document accepted (API and admin upload). */
export const MAX_PFIF_BYTES = 5 * 1024 * 1024;

/** UTC in whole seconds, as PFIF wants it: yyyy-mm-ddThh:mm:ssZ. */
export function pfifDate(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, "Z");
}

const UTC_DATE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?Z$/;

/** A PFIF date-time, or null when it is not one (also impossible dates such as 02-30). */
export function parsePfifDate(s: string | undefined): Date | null {
  const m = s ? UTC_DATE.exec(s.trim()) : null;
  if (!m) return null;
  const d = new Date(s!.trim());
  if (Number.isNaN(d.getTime())) return null;
  // Date accepts 2026-02-30 by rolling over; PFIF does not.
  return d.getUTCDate() === Number(m[3]) && d.getUTCMonth() + 1 === Number(m[2]) ? d : null;
}

/** `domain/unique-string`: a domain name, a slash, then at least one character. */
export function isRecordId(s: string | undefined): boolean {
  return (
    !!s &&
    /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+\/\S+$/.test(s)
  );
}

/** date_of_birth: yyyy, yyyy-mm or yyyy-mm-dd. */
export function isPfifBirthDate(s: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return false;
  if (m[2] && (Number(m[2]) < 1 || Number(m[2]) > 12)) return false;
  if (m[3]) {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.getUTCDate() === Number(m[3]);
  }
  return true;
}

/** age: a whole number, or a range "min-max". Returns [min, max] or null. */
export function parsePfifAge(s: string): [number, number] | null {
  const m = /^(\d{1,3})(?:-(\d{1,3}))?$/.exec(s.trim());
  if (!m) return null;
  const lo = Number(m[1]);
  const hi = m[2] === undefined ? lo : Number(m[2]);
  return lo <= hi && hi <= 130 ? [lo, hi] : null;
}

/** XML 1.0 allows only these characters, even as character references. */
export function stripInvalidXmlChars(s: string): string {
  return s.replace(/[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "");
}

export function escapeXml(s: string): string {
  return stripInvalidXmlChars(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
