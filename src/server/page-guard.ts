import "server-only";
import { notFound, redirect } from "next/navigation";
import type { Locale } from "@/i18n/settings";
import { NotFoundError } from "./errors";
import { can, type Permission } from "./policy";
import { getViewer } from "./session";
import type { Viewer } from "./viewer";

/**
 * The one page guard of staff pages: anonymous visitors go to sign-in (and come back to `path`,
 * given without the locale); staff without `permission` get not-found, and so do practice
 * logins unless the page says otherwise (`practice: "allow"` for the case pages a practice login
 * works in, or a path to send them to). Only decides what to render: every data function checks
 * the viewer again.
 */
export async function requirePageViewer(
  locale: Locale,
  path: string,
  permission: Permission,
  opts: { practice?: "allow" | "notFound" | { redirectTo: string } } = {},
): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/${locale}/login?from=${encodeURIComponent(`/${locale}${path}`)}`);
  const practice = opts.practice ?? "notFound";
  if (viewer.practiceSessionId && practice !== "allow") {
    if (typeof practice === "object") redirect(`/${locale}${practice.redirectTo}`);
    notFound();
  }
  if (!can(viewer, permission)) notFound();
  return viewer;
}

/** Pages render the not-found page when a data function says "not found" (missing or out of scope). */
export async function loadOrNotFound<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    throw err;
  }
}
