// The unsent claim is kept in this browser's localStorage until the server acknowledges it, so a
// reload, a crash or a dropped connection loses nothing. Its photos are too big for localStorage:
// they wait in IndexedDB (draft-photos.ts, loaded only when a photo is chosen or some are kept),
// and a flag here says whether any are, so a page without photos never loads that code.
import { emptyClaimValues, type ClaimFormValues } from "./form-values";
import type { Locale } from "@/i18n/settings";

const KEY = "reencuentro:claim-draft:v1";
/** Set (to the draft's submission id) while photos of the draft are kept in IndexedDB. */
export const PHOTOS_FLAG = "reencuentro:claim-draft-photos:v1";

export interface ClaimDraft {
  values: ClaimFormValues;
  step: number;
}

/** The saved draft merged over empty values (so an older draft shape still fits), or null. */
export function loadDraft(locale: Locale): ClaimDraft | null {
  try {
    const raw = window.localStorage.getItem(KEY);
    if (!raw) return null;
    const saved = JSON.parse(raw) as Partial<ClaimDraft>;
    const v = saved.values;
    if (!v || typeof v.submissionId !== "string" || !v.submissionId) return null;
    const empty = emptyClaimValues(locale, v.submissionId);
    return {
      step: Number.isInteger(saved.step) ? Number(saved.step) : 0,
      values: {
        submissionId: v.submissionId,
        person: { ...empty.person, ...v.person },
        lastSeen: { ...empty.lastSeen, ...v.lastSeen },
        reporter: { ...empty.reporter, ...v.reporter },
        consent: { ...empty.consent, ...v.consent },
      },
    };
  } catch {
    return null;
  }
}

/** Best effort: private browsing or a full disk must not break the form. */
export function saveDraft(draft: ClaimDraft): void {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(draft));
  } catch {
    /* nothing else to do: the form still works, only without a saved draft */
  }
}

/** Whether photos of the draft wait in IndexedDB (draft-photos.ts). */
export function hasDraftPhotos(): boolean {
  try {
    return !!window.localStorage.getItem(PHOTOS_FLAG);
  } catch {
    return false;
  }
}

/** Forgets the draft and the photos kept with it (photos of a missing person stay no longer). */
export function clearDraft(): void {
  try {
    window.localStorage.removeItem(KEY);
  } catch {
    /* see saveDraft */
  }
  // The flag goes only once the photos are deleted: if this fails, the next load tries again.
  if (hasDraftPhotos())
    void import("./draft-photos").then((m) => m.forgetDraftPhotos()).catch(() => undefined);
}
