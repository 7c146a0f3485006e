import "server-only";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { localeFrom } from "@/i18n/params";
import { getT } from "@/i18n/server";
import type { Locale } from "@/i18n/settings";
import { can, type Permission } from "@/server/policy";
import { getViewer } from "@/server/session";
import type { Viewer } from "@/server/viewer";
import { getFoundForViewer } from "./data";
import { NotFoundError } from "@/server/errors";

/**
 * For found-record pages: anonymous visitors go to sign-in; staff without the permission, and
 * practice logins, get not-found. Only decides what to render: data functions check again.
 */
export async function foundViewerOrExit(
  locale: Locale,
  path: string,
  permission: Permission,
): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/${locale}/login?from=${encodeURIComponent(`/${locale}${path}`)}`);
  if (!can(viewer, permission) || viewer.practiceSessionId) notFound();
  return viewer;
}

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
  const viewer = await foundViewerOrExit(locale, path, "found:read");
  try {
    return { locale, viewer, f: await getFoundForViewer(viewer, foundNumber, action) };
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    throw err;
  }
}
