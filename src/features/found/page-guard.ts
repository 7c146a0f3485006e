import "server-only";
import type { Metadata } from "next";
import { localeFrom } from "@/i18n/params";
import { getT } from "@/i18n/server";
import { loadOrNotFound, requirePageViewer } from "@/server/page-guard";
import { getFoundForViewer } from "./data";

export type FoundPageParams = Promise<{ locale: string; foundNumber: string }>;

/** The found number only: names stay out of titles, tab lists and browser history. */
export async function foundTitleMetadata(
  params: FoundPageParams,
  key: "found:detail.pageTitle" | "found:print.title",
): Promise<Metadata> {
  const locale = await localeFrom(params);
  const t = await getT(locale, ["found"]);
  return { title: t(key, { foundNumber: (await params).foundNumber }), robots: { index: false } };
}

/** The record page and its sheet: viewer, then the record (read logged as VIEW or PRINT). */
export async function loadFoundPage(params: FoundPageParams, action: "VIEW" | "PRINT") {
  const locale = await localeFrom(params);
  const { foundNumber } = await params;
  const path = `/found/${foundNumber}${action === "PRINT" ? "/print" : ""}`;
  const viewer = await requirePageViewer(locale, path, "found:read");
  return { locale, viewer, f: await loadOrNotFound(() => getFoundForViewer(viewer, foundNumber, action)) };
}
