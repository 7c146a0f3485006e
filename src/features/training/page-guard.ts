import "server-only";
import { notFound, redirect } from "next/navigation";
import type { Locale } from "@/i18n/settings";
import { can } from "@/server/policy";
import { getViewer } from "@/server/session";
import type { Viewer } from "@/server/viewer";

/**
 * For the staff pages of the training area: not signed in -> the sign-in page; a practice
 * login -> their sandbox; anyone without training access -> not found. This only decides what
 * to render: every data function checks the viewer again.
 */
export async function requireTrainingViewer(locale: Locale, from = `/${locale}/training`): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(signInPath(locale, from));
  if (viewer.practiceSessionId) redirect(`/${locale}/training/practice`);
  if (!can(viewer, "training:read")) notFound();
  return viewer;
}

export async function requirePracticeViewer(locale: Locale): Promise<Viewer & { practiceSessionId: string }> {
  const viewer = await getViewer();
  if (!viewer) redirect(signInPath(locale, `/${locale}/training/practice`));
  if (!viewer.practiceSessionId) notFound();
  return viewer as Viewer & { practiceSessionId: string };
}

function signInPath(locale: Locale, from: string): string {
  return `/${locale}/login?from=${encodeURIComponent(from)}`;
}
