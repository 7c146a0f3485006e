import "server-only";
import { notFound, redirect } from "next/navigation";
import type { Locale } from "@/i18n/settings";
import { can } from "@/server/policy";
import { getViewer } from "@/server/session";
import type { Viewer } from "@/server/viewer";

/**
 * For case pages: anonymous visitors go to sign-in, staff without case access get not-found.
 * Only decides what to render; every data function checks the viewer again itself.
 */
export async function caseViewerOrExit(locale: Locale, path: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/${locale}/login?from=${encodeURIComponent(`/${locale}${path}`)}`);
  if (!can(viewer, "case:search")) notFound();
  return viewer;
}
