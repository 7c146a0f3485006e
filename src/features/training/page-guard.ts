import "server-only";
import { notFound, redirect } from "next/navigation";
import type { Locale } from "@/i18n/settings";
import { getViewer } from "@/server/session";
import type { Viewer } from "@/server/viewer";

/**
 * For the staff pages of the training area (with requirePageViewer, src/server/page-guard.ts):
 * a practice login goes to their sandbox instead of not-found.
 */
export const PRACTICE_TO_SANDBOX = { practice: { redirectTo: "/training/practice" } } as const;

export async function requirePracticeViewer(locale: Locale): Promise<Viewer & { practiceSessionId: string }> {
  const viewer = await getViewer();
  if (!viewer) redirect(signInPath(locale, `/${locale}/training/practice`));
  if (!viewer.practiceSessionId) notFound();
  return viewer as Viewer & { practiceSessionId: string };
}

function signInPath(locale: Locale, from: string): string {
  return `/${locale}/login?from=${encodeURIComponent(from)}`;
}
