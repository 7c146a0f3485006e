import { exportAuditCsv } from "@/features/admin/audit-export";
import { AuditSearchInput } from "@/features/admin/schemas";
import { getT } from "@/i18n/server";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/settings";
import { apiRoute, ValidationError } from "@/server/api-problem";
import { AppError } from "@/server/errors";
import { isSameOrigin } from "@/server/request-info";
import { fieldErrorsFrom } from "@/server/result";
import { getViewer } from "@/server/session";
import { csvDownload } from "@/server/csv-download";

export const dynamic = "force-dynamic";

// POST /api/admin/audit (the audit search form's "Export CSV" button; a form post, so the
// filters never sit in a URL). Authorization is in the data layer (searchAudit): signed out
// -> 401, anyone without audit:read -> 404, like the page.
export const POST = apiRoute("POST /api/admin/audit", async (request: Request) => {
  if (!isSameOrigin(request.headers)) throw new AppError("common:errors.forbidden", 403);
  const form = await request.formData();
  const field = (name: string) => {
    const v = form.get(name);
    return typeof v === "string" ? v : "";
  };
  const lang = field("locale");
  const locale = isLocale(lang) ? lang : DEFAULT_LOCALE;
  const viewer = await getViewer();
  if (!viewer) throw new AppError("common:errors.signInRequired", 401);
  const parsed = AuditSearchInput.safeParse({
    user: field("user"),
    caseNumber: field("caseNumber"),
    from: field("from"),
    to: field("to"),
  });
  if (!parsed.success) throw new ValidationError(fieldErrorsFrom(parsed.error.issues));
  const t = await getT(locale, ["admin"]);
  const csv = await exportAuditCsv(viewer, parsed.data, locale, t);
  const day = new Date().toISOString().slice(0, 10);
  return csvDownload(csv, `audit-${day}.csv`);
});
