import "server-only";
import { requirePageViewer } from "@/server/page-guard";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { localeFrom } from "@/i18n/params";
import { getT } from "@/i18n/server";
import { findMergedPrimary } from "./data";
import { loadCaseOrNotFound } from "./load-case";

/** The route params of the case pages (/cases/[caseNumber] and its print sheet). */
export type CasePageParams = Promise<{ locale: string; caseNumber: string }>;

/** The case number only: names stay out of titles, tab lists and browser history. */
export async function caseTitleMetadata(
  params: CasePageParams,
  key: "cases:detail.pageTitle" | "cases:print.title",
): Promise<Metadata> {
  const locale = await localeFrom(params);
  const t = await getT(locale, ["cases"]);
  return { title: t(key, { caseNumber: (await params).caseNumber }), robots: { index: false } };
}

/**
 * The start both case pages share: the language, a staff viewer (else sign-in or not-found) and
 * the case, whose read is logged as VIEW (the case page) or PRINT (the print sheet).
 */
export async function loadCasePage(params: CasePageParams, action: "VIEW" | "PRINT") {
  const locale = await localeFrom(params);
  const { caseNumber } = await params;
  const viewer = await requirePageViewer(
    locale,
    `/cases/${caseNumber}${action === "PRINT" ? "/print" : ""}`,
    "case:search",
    { practice: "allow" },
  );
  // A merged claim's number leads to the claim it was merged into (decision 091).
  const primary = await findMergedPrimary(viewer, canonical(caseNumber));
  if (primary)
    redirect(
      `/${locale}/cases/${primary}${action === "PRINT" ? "/print" : ""}?merged=${canonical(caseNumber)}`,
    );
  const c = await loadCaseOrNotFound(viewer, caseNumber, action);
  return { locale, viewer, c };
}

/** The number as typed in the address, canonical; "" for a malformed %-sequence. */
function canonical(caseNumber: string): string {
  try {
    return decodeURIComponent(caseNumber).trim().toUpperCase();
  } catch {
    return "";
  }
}
