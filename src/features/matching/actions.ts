"use server";
// The review forms post here without JavaScript: parse -> viewer -> decideMatch (which scopes
// and authorizes again) -> back to the pair's page with the outcome as a code in the address
// (a decision name or an i18n key; never the note or anything personal).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { isLocale } from "@/i18n/settings";
import { AppError, logUnexpected } from "@/server/errors";
import { getViewer } from "@/server/session";
import { decideMatch, startFullRematch } from "./data";
import { MatchDecisionInput } from "./schemas";

export async function decideMatchAction(form: FormData): Promise<void> {
  const rawLocale = String(form.get("locale") ?? "");
  const locale = isLocale(rawLocale) ? rawLocale : "es";
  const id = String(form.get("id") ?? "");
  const back = `/${locale}/matches/${/^[0-9a-f-]{36}$/i.test(id) ? id : ""}`;
  const parsed = MatchDecisionInput.safeParse({
    id,
    decision: form.get("decision"),
    note: form.get("note") ?? "",
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    redirect(`${back}?error=${encodeURIComponent(issue?.message ?? "validation:invalid")}`);
  }
  const viewer = await getViewer();
  if (!viewer) redirect(`/${locale}/login?from=${encodeURIComponent(back)}`);
  let error: string | null = null;
  try {
    await decideMatch(viewer, parsed.data);
  } catch (err) {
    error = err instanceof AppError ? err.key : "common:errors.unexpected";
    if (!(err instanceof AppError)) logUnexpected(err, "decideMatchAction");
  }
  revalidatePath(`/${locale}/matches`);
  redirect(error ? `${back}?error=${encodeURIComponent(error)}` : `${back}?done=${parsed.data.decision}`);
}

/** The admin page's "re-match everything" button (no JavaScript needed). */
export async function startRematchAction(form: FormData): Promise<void> {
  const rawLocale = String(form.get("locale") ?? "");
  const locale = isLocale(rawLocale) ? rawLocale : "es";
  const viewer = await getViewer();
  if (!viewer) redirect(`/${locale}/login`);
  try {
    await startFullRematch(viewer);
  } catch (err) {
    if (!(err instanceof AppError)) logUnexpected(err, "startRematchAction");
    redirect(`/${locale}/admin?rematch=failed`);
  }
  redirect(`/${locale}/admin?rematch=queued`);
}
