// The receipt (case number and tracking code) is kept in this browser for a day after the server
// acknowledged the claim, so a reload, a tab the phone killed or a closed tab does not lose the one
// thing the family must copy (decision 173). The tracking code is a credential: it stays in
// localStorage only (never sent anywhere, never in the service worker's caches), for at most
// RECEIPT_KEPT_MS, and goes at once when the family removes it, starts another report or starts
// over. An expired or unreadable entry is deleted when read.
import type { Receipt } from "./claim-receipt";

const KEY = "reencuentro:claim-receipt:v1";
/** Long enough to come back to it the same day; short enough on a phone others use. */
export const RECEIPT_KEPT_MS = 24 * 3600 * 1000;

export interface KeptReceipt extends Receipt {
  /** When the server acknowledged the claim (ms since the epoch): the receipt's date. */
  filedAt: number;
  /** When this phone forgets it (ms since the epoch). */
  keptUntil: number;
}

type KeyStore = Pick<Storage, "getItem" | "setItem" | "removeItem">;
const local = (): KeyStore => window.localStorage;

/** Keeps the receipt; best effort (private browsing may refuse): the receipt is shown either way. */
export function keepReceipt(receipt: Receipt, now = Date.now(), store: () => KeyStore = local): KeptReceipt {
  const kept: KeptReceipt = {
    caseNumber: receipt.caseNumber,
    trackingCode: receipt.trackingCode,
    created: receipt.created,
    contact: receipt.contact ?? null,
    filedAt: now,
    keptUntil: now + RECEIPT_KEPT_MS,
  };
  try {
    store().setItem(KEY, JSON.stringify(kept));
  } catch {
    /* not kept: the family still sees it now */
  }
  return kept;
}

const isKept = (v: Partial<KeptReceipt> | null): v is KeptReceipt =>
  !!v &&
  typeof v.caseNumber === "string" &&
  (typeof v.trackingCode === "string" || v.trackingCode === null) &&
  typeof v.created === "boolean" &&
  Number.isFinite(v.filedAt) &&
  Number.isFinite(v.keptUntil);

/** The receipt kept on this phone, or null (none, expired or unreadable: then it is deleted). */
export function loadReceipt(now = Date.now(), store: () => KeyStore = local): KeptReceipt | null {
  try {
    const raw = store().getItem(KEY);
    if (!raw) return null;
    const kept = JSON.parse(raw) as Partial<KeptReceipt> | null;
    // A clock set back must not stretch the day either: a receipt "filed" in the future is dropped.
    if (isKept(kept) && kept.keptUntil > now && kept.filedAt <= now + 60_000) return kept;
  } catch {
    /* unreadable: forget it below */
  }
  forgetReceipt(store);
  return null;
}

export function forgetReceipt(store: () => KeyStore = local): void {
  try {
    store().removeItem(KEY);
  } catch {
    /* nothing kept, nothing to forget */
  }
}
