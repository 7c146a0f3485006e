import "server-only";
import { redirect, notFound } from "next/navigation";
import type { Locale } from "@/i18n/settings";
import { can } from "@/server/policy";
import { getViewer } from "@/server/session";
import type { Viewer } from "@/server/viewer";

/**
 * For the matches pages: anonymous visitors go to sign-in; staff without match:read and practice
 * logins get not-found. Only decides what to render: the data functions check again.
 */
export async function matchViewerOrExit(locale: Locale, path: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/${locale}/login?from=${encodeURIComponent(`/${locale}${path}`)}`);
  if (!can(viewer, "match:read") || viewer.practiceSessionId) notFound();
  return viewer;
}
