// The case list's last search, kept in the tab's sessionStorage so it survives a visit to a case
// and comes back with the back button or the "back to search" link (decision 148). Not in the
// address: names of minors must not reach the history, server logs or a Referer. sessionStorage
// dies with the tab, and an entry is only read back for the same signed-in user.
import type { FormValues } from "@/server/result";

const KEY = "reencuentro:case-search";

function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.sessionStorage;
  } catch {
    return null; // storage disabled by the browser's privacy settings
  }
}

export function rememberSearch(userId: string, values: FormValues): void {
  try {
    storage()?.setItem(KEY, JSON.stringify({ userId, values }));
  } catch {
    // Full or disabled storage: the search simply is not kept.
  }
}

export function recallSearch(userId: string): FormValues | null {
  const raw = storage()?.getItem(KEY);
  if (!raw) return null;
  try {
    const saved = JSON.parse(raw) as { userId?: unknown; values?: unknown };
    if (saved.userId !== userId || typeof saved.values !== "object" || !saved.values) return null;
    return Object.fromEntries(
      Object.entries(saved.values).filter((e): e is [string, string] => typeof e[1] === "string"),
    );
  } catch {
    return null;
  }
}

export function forgetSearch(): void {
  storage()?.removeItem(KEY);
}
