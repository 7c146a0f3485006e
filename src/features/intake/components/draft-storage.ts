// The unsent claim is kept in this browser's localStorage until the server acknowledges it, so a
// reload, a crash or a dropped connection loses nothing. Photos cannot be kept there (too big).
import { emptyClaimValues, type ClaimFormValues } from "./form-values";
import type { Locale } from "@/i18n/settings";

const KEY = "reencuentro:claim-draft:v1";

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

export function clearDraft(): void {
  try {
    window.localStorage.removeItem(KEY);
  } catch {
    /* see saveDraft */
  }
}
