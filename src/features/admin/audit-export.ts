import "server-only";
// The audit search as CSV: the same filters and scope as the page (searchAudit), both logs in one
// sheet, newest first. Times in UTC (ISO, sortable) and in the viewer's country; actions in words.
import { toCsv } from "@/lib/csv";
import { formatDateTime } from "@/i18n/intl";
import type { Locale } from "@/i18n/settings";
import type { Translate } from "@/i18n/translate";
import type { Viewer } from "@/server/viewer";
import { AUDIT_EXPORT_LIMIT, searchAudit } from "./audit-search-data";
import { accessActionWords, auditActionWords, changeLines } from "./audit-words";
import type { AuditSearchInput } from "./schemas";

export async function exportAuditCsv(
  viewer: Viewer | null,
  q: AuditSearchInput,
  locale: Locale,
  t: Translate,
): Promise<string> {
  const r = await searchAudit(viewer, q, { limit: AUDIT_EXPORT_LIMIT, export: true });
  const local = (d: Date) => formatDateTime(d, locale, { country: r.countryCode, time: "medium" });
  const head = ["log", "utc", "local", "who", "action", "case", "target", "changes", "reason"].map((k) =>
    t(`admin:audit.csv.${k}`),
  );
  const events = r.events.map((e) => [
    t("admin:audit.csv.trail"),
    e.createdAt.toISOString(),
    local(e.createdAt),
    e.actorEmail ?? t("admin:audit.system"),
    auditActionWords(t, e.action),
    "",
    `${e.targetType} ${e.targetId}`,
    changeLines(e.before, e.after).join("; "),
    "",
  ]);
  const accesses = r.accesses.map((a) => [
    t("admin:audit.csv.access"),
    a.createdAt.toISOString(),
    local(a.createdAt),
    a.userEmail,
    accessActionWords(t, a.action),
    a.caseNumber,
    "",
    "",
    a.reason ?? "",
  ]);
  const rows = [...events, ...accesses].sort((x, y) => String(y[1]).localeCompare(String(x[1])));
  return toCsv([head, ...rows]);
}
