"use server";
import { redirect } from "next/navigation";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/settings";
import { failureFrom, parseInput } from "@/server/action";
import { formOf } from "@/server/form-arg";
import { requestFamilyRemoval, withdrawClaim } from "@/features/removal/data";
import { RemovalRequestInput } from "@/features/removal/schemas";
import { clientIp, hashIp, requestHeaders } from "@/server/request-info";
import {
  ClaimNotFoundError,
  getClaimStatus,
  stopEmailUpdates,
  stopSmsUpdates,
  withdrawConsent,
} from "./claim-status";
import { addFamilyNote, allowFamilyNote } from "./family-note";
import { CameHomeInput, FamilyNoteInput } from "./family-note-schema";
import { reportCameHome } from "./family-came-home";
import { addFamilyPhoto } from "./family-photo";
import { allowRequest } from "./limits";
import { changeCrossBorderConsent } from "./cross-border-consent";
import { CrossBorderChoice, TrackInput } from "./schemas";
import { canonicalTrackingCode } from "./tracking-code";
import { clearTrackState, readTrackState, writeTrackState, type TrackState } from "./track-session";

// Plain form posts (they work without JavaScript). Each one stores its outcome in the encrypted
// track cookie and redirects back to the page, which shows it. Guessing codes is rate-limited.

function trackPath(form: FormData): string {
  const locale = form.get("locale");
  return `/${isLocale(locale) ? locale : DEFAULT_LOCALE}/track`;
}

/**
 * Runs `fn`, turning failures into the state to show, with the pipeline's mapping
 * (src/server/action.ts): expected ones by their key, an outage as "busy", anything else as
 * "unexpected" with its reference. A wrong pair forgets the code that was typed.
 */
async function attempt(fallback: TrackState, fn: () => Promise<TrackState>): Promise<TrackState> {
  try {
    if (!(await allowRequest("track", await requestHeaders())))
      return { ...fallback, error: "common:errors.rateLimited" };
    return await fn();
  } catch (err) {
    const { error, reference } = failureFrom(err, { where: "track" });
    if (err instanceof ClaimNotFoundError) return { caseNumber: fallback.caseNumber, error };
    return { ...fallback, error, ...(reference ? { reference } : {}) };
  }
}

/**
 * A change to the claim verified in this browser: refused as "expired" when the cookie no longer
 * holds a verified pair; otherwise `fn` runs through attempt() and its state is shown.
 */
async function onVerifiedClaim(
  form: FormData,
  fn: (pair: { caseNumber: string; trackingCode: string }) => Promise<TrackState>,
): Promise<never> {
  const current = await readTrackState();
  let state: TrackState;
  if (!current?.trackingCode)
    state = { caseNumber: current?.caseNumber ?? "", error: "track:errors.expired" };
  else {
    const pair = { caseNumber: current.caseNumber, trackingCode: current.trackingCode };
    state = await attempt(current, () => fn(pair));
  }
  await writeTrackState(state);
  redirect(trackPath(form));
}

/** Without the ticked confirmation box, shows `key` on the verified claim and changes nothing. */
async function requireConfirmation(form: FormData, key: string): Promise<void> {
  if (form.get("confirm") === "yes") return;
  const current = await readTrackState();
  if (current?.trackingCode) {
    await writeTrackState({ ...current, notice: undefined, error: key });
    redirect(trackPath(form));
  }
}

export async function lookUpClaim(sent: FormData): Promise<never> {
  const form = formOf(sent);
  const raw = { caseNumber: form.get("caseNumber") ?? "", trackingCode: form.get("trackingCode") ?? "" };
  const typed = { caseNumber: String(raw.caseNumber).slice(0, 60) };
  const state = await attempt(typed, async () => {
    const parsed = parseInput(TrackInput, raw, { invalidKey: "validation:invalid" });
    if (!parsed.ok) return { ...typed, error: parsed.error, fieldErrors: parsed.fieldErrors };
    const status = await getClaimStatus(parsed.data.caseNumber, parsed.data.trackingCode);
    return { caseNumber: status.caseNumber, trackingCode: canonicalTrackingCode(parsed.data.trackingCode) };
  });
  await writeTrackState(state);
  redirect(trackPath(form));
}

export async function withdrawConsentAction(sent: FormData): Promise<never> {
  const form = formOf(sent);
  await requireConfirmation(form, "track:errors.confirmRequired");
  return onVerifiedClaim(form, async ({ caseNumber, trackingCode }) => {
    await withdrawConsent(caseNumber, trackingCode);
    return { caseNumber, trackingCode, notice: "track:publication.withdrawDone" };
  });
}

/** The family changes who abroad may see the claim (decision 154); logged as a REPORTER event. */
export async function changeCrossBorderAction(sent: FormData): Promise<never> {
  const form = formOf(sent);
  return onVerifiedClaim(form, async ({ caseNumber, trackingCode }) => {
    const parsed = parseInput(CrossBorderChoice, { crossBorder: form.get("crossBorder") ?? "" });
    if (!parsed.ok) return { caseNumber, trackingCode, fieldErrors: parsed.fieldErrors };
    const { changed } = await changeCrossBorderConsent(caseNumber, trackingCode, parsed.data);
    return {
      caseNumber,
      trackingCode,
      notice: changed ? "track:crossBorder.done" : "track:crossBorder.unchanged",
    };
  });
}

/** Stops the news emails for the claim verified in this browser. */
export async function stopEmailUpdatesAction(sent: FormData): Promise<never> {
  return onVerifiedClaim(formOf(sent), async ({ caseNumber, trackingCode }) => {
    await stopEmailUpdates(caseNumber, trackingCode);
    return { caseNumber, trackingCode, notice: "notifications:track.stopped" };
  });
}

export async function stopSmsUpdatesAction(sent: FormData): Promise<never> {
  return onVerifiedClaim(formOf(sent), async ({ caseNumber, trackingCode }) => {
    await stopSmsUpdates(caseNumber, trackingCode);
    return { caseNumber, trackingCode, notice: "notifications:track.smsStopped" };
  });
}

/** Adds the family's text to their open report (a FAMILY_NOTE event the officer reads). */
export async function addFamilyNoteAction(sent: FormData): Promise<never> {
  const form = formOf(sent);
  return onVerifiedClaim(form, async ({ caseNumber, trackingCode }) => {
    if (!(await allowFamilyNote(await requestHeaders())))
      return { caseNumber, trackingCode, error: "common:errors.rateLimited" };
    const parsed = parseInput(FamilyNoteInput, { body: form.get("body") ?? "" });
    if (!parsed.ok) return { caseNumber, trackingCode, fieldErrors: parsed.fieldErrors };
    await addFamilyNote(caseNumber, trackingCode, parsed.data);
    return { caseNumber, trackingCode, notice: "checkins:note.done" };
  });
}

/** "The person came home": a task for the officer; the case stays open until they confirm. */
export async function reportCameHomeAction(sent: FormData): Promise<never> {
  const form = formOf(sent);
  return onVerifiedClaim(form, async ({ caseNumber, trackingCode }) => {
    if (!(await allowFamilyNote(await requestHeaders())))
      return { caseNumber, trackingCode, error: "common:errors.rateLimited" };
    const parsed = parseInput(CameHomeInput, { confirm: form.get("confirm") ?? "" });
    if (!parsed.ok) return { caseNumber, trackingCode, fieldErrors: parsed.fieldErrors };
    const { repeated } = await reportCameHome(caseNumber, trackingCode);
    return {
      caseNumber,
      trackingCode,
      notice: repeated ? "checkins:cameHome.already" : "checkins:cameHome.done",
    };
  });
}

/** "Add a photo" on the track page: one image, through the claim photos' pipeline. */
export async function addFamilyPhotoAction(sent: FormData): Promise<never> {
  const form = formOf(sent);
  return onVerifiedClaim(form, async ({ caseNumber, trackingCode }) => {
    if (!(await allowFamilyNote(await requestHeaders())))
      return { caseNumber, trackingCode, error: "common:errors.rateLimited" };
    const file = form.get("photo");
    if (!(file instanceof File) || file.size === 0)
      return { caseNumber, trackingCode, fieldErrors: { photo: "validation:required" } };
    await addFamilyPhoto(caseNumber, trackingCode, Buffer.from(await file.arrayBuffer()));
    return { caseNumber, trackingCode, notice: "checkins:photo.done" };
  });
}

const requestContext = async (form: FormData) => {
  const locale = form.get("locale");
  return {
    locale: isLocale(locale) ? locale : DEFAULT_LOCALE,
    ipHash: hashIp(clientIp(await requestHeaders())),
  };
};

/** The family asks that their public page be taken down: hidden at once, the unit decides (150). */
export async function requestRemovalFromTrackAction(sent: FormData): Promise<never> {
  const form = formOf(sent);
  return onVerifiedClaim(form, async ({ caseNumber, trackingCode }) => {
    const parsed = parseInput(RemovalRequestInput, {
      reason: form.get("reason") ?? "",
      message: form.get("message") ?? "",
    });
    if (!parsed.ok) return { caseNumber, trackingCode, fieldErrors: parsed.fieldErrors };
    await requestFamilyRemoval(caseNumber, trackingCode, parsed.data, await requestContext(form));
    return { caseNumber, trackingCode, notice: "removal:track.requestDone" };
  });
}

/** The family withdraws the whole claim (after ticking the confirmation): see withdrawClaim. */
export async function withdrawClaimAction(sent: FormData): Promise<never> {
  const form = formOf(sent);
  await requireConfirmation(form, "removal:withdraw.confirmRequired");
  return onVerifiedClaim(form, async ({ caseNumber, trackingCode }) => {
    await withdrawClaim(caseNumber, trackingCode, await requestContext(form));
    return { caseNumber, trackingCode, notice: "removal:withdraw.done" };
  });
}

/** "Check another claim": forgets the verified pair in this browser. */
export async function forgetClaim(sent: FormData): Promise<never> {
  const form = formOf(sent);
  await clearTrackState();
  redirect(trackPath(form));
}
