// Log codes in words (client-safe). Access-log and trail actions are stored as codes ("VIEW",
// "PHOTO_FULL", "user.update"); readers see the sentence from admin:accessLog.actions or
// admin:audit.actions, and an unknown code (a newer writer) as "Other (CODE)", never blank.
import type { Translate } from "@/i18n/translate";

const SAFE = /^[A-Za-z_][\w.]*$/;

function words(t: Translate, ns: "accessLog" | "audit", code: string): string {
  const other = t("admin:accessLog.actions.other", { code });
  return SAFE.test(code) ? t(`admin:${ns}.actions.${code}`, { defaultValue: other }) : other;
}

export const accessActionWords = (t: Translate, code: string) => words(t, "accessLog", code);
export const auditActionWords = (t: Translate, code: string) => words(t, "audit", code);

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

const show = (v: Json | undefined): string =>
  v === null || v === undefined || v === "" ? "—" : typeof v === "string" ? v : JSON.stringify(v);

/** "role: POLICE → NGO" lines: the changed fields of one trail row. */
export function changeLines(before: unknown, after: unknown): string[] {
  const b = (before ?? {}) as Record<string, Json>;
  const a = (after ?? {}) as Record<string, Json>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys.map((k) => {
    if (!(k in b)) return `${k}: ${show(a[k])}`;
    if (!(k in a)) return `${k}: ${show(b[k])} → —`;
    return `${k}: ${show(b[k])} → ${show(a[k])}`;
  });
}
