// Status of a found record as a table (like cases, decision 032): forward through review to
// identified and closed, and back when a review or an identification turns out wrong.
import { canSetFoundStatus } from "@/server/policy";
import type { Viewer } from "@/server/viewer";
import type { FoundStatusCode } from "./options";

const NEXT: Record<FoundStatusCode, readonly FoundStatusCode[]> = {
  OPEN: ["UNDER_REVIEW", "CLOSED"],
  UNDER_REVIEW: ["OPEN", "IDENTIFIED", "CLOSED"],
  IDENTIFIED: ["UNDER_REVIEW", "CLOSED"],
  CLOSED: ["OPEN"],
};

export function nextFoundStatuses(from: FoundStatusCode): readonly FoundStatusCode[] {
  return NEXT[from];
}

/** Re-opening a closed record or undoing an identification needs the authority that set it. */
function undoesDecision(from: FoundStatusCode, to: FoundStatusCode): boolean {
  return (from === "CLOSED" && to === "OPEN") || (from === "IDENTIFIED" && to === "UNDER_REVIEW");
}

export function canTransitionFound(viewer: Viewer, from: FoundStatusCode, to: FoundStatusCode): boolean {
  if (!NEXT[from].includes(to) || !canSetFoundStatus(viewer, to)) return false;
  return !undoesDecision(from, to) || canSetFoundStatus(viewer, from === "CLOSED" ? "CLOSED" : "IDENTIFIED");
}
