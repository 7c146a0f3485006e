"use server";
// The review forms post here without JavaScript, through the one pipeline (src/server/action.ts):
// parse -> viewer -> decideMatch (which scopes and authorizes again) -> back to the pair's page
// with the outcome as a code in the address (a decision name or an i18n key; never the note or
// anything personal).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { isLocale } from "@/i18n/settings";
import { runAction, SIGN_IN_KEY } from "@/server/action";
import { AppError, logUnexpected } from "@/server/errors";
import { getViewer } from "@/server/session";
import { DuplicateInput } from "@/features/cases/schemas";
import { mergeClaims } from "@/features/cases/data";
import { decideMatch, startFullRematch } from "./data";
import { MatchDecisionInput } from "./schemas";

export async function decideMatchAction(form: FormData): Promise<void> {
  const rawLocale = String(form.get("locale") ?? "");
  const locale = isLocale(rawLocale) ? rawLocale : "es";
  const id = String(form.get("id") ?? "");
  const back = `/${locale}/matches/${/^[0-9a-f-]{36}$/i.test(id) ? id : ""}`;
  const input = { id, decision: form.get("decision"), note: form.get("note") ?? "" };
  const result = await runAction(
    MatchDecisionInput,
    input,
    async (data, viewer) => {
      await decideMatch(viewer, data);
      return data.decision;
    },
    { where: "decideMatchAction" },
  );
  if (!result.ok && result.error === SIGN_IN_KEY)
    redirect(`/${locale}/login?from=${encodeURIComponent(back)}`);
  revalidatePath(`/${locale}/matches`);
  if (result.ok) redirect(`${back}?done=${result.data}`);
  const code = result.error ?? Object.values(result.fieldErrors ?? {})[0] ?? "validation:invalid";
  redirect(`${back}?error=${encodeURIComponent(code)}`);
}

/** Merges a suggested duplicate from its comparison page (one claim into the other). */
export async function mergeFromMatchAction(form: FormData): Promise<void> {
  const rawLocale = String(form.get("locale") ?? "");
  const locale = isLocale(rawLocale) ? rawLocale : "es";
  const id = String(form.get("id") ?? "");
  const back = `/${locale}/matches/${/^[0-9a-f-]{36}$/i.test(id) ? id : ""}`;
  const input = { caseNumber: form.get("caseNumber"), duplicateOf: form.get("duplicateOf") };
  const result = await runAction(DuplicateInput, input, (data, viewer) => mergeClaims(viewer, data), {
    where: "mergeFromMatchAction",
  });
  if (!result.ok && result.error === SIGN_IN_KEY)
    redirect(`/${locale}/login?from=${encodeURIComponent(back)}`);
  revalidatePath(`/${locale}/matches`);
  if (result.ok) redirect(`${back}?done=merged`);
  const code = result.error ?? Object.values(result.fieldErrors ?? {})[0] ?? "validation:invalid";
  redirect(`${back}?error=${encodeURIComponent(code)}`);
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
