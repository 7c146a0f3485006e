// The case status workflow as data: which transitions exist and who may take each one. Pure (no
// database) so the page, the action and the tests all ask the same table.
import type { CaseStatus } from "@/generated/prisma/enums";
import { canSetStatus } from "@/server/policy";
import type { Viewer } from "@/server/viewer";
import { CASE_STATUSES, isStatus } from "./case-statuses";

export { CASE_STATUSES, isStatus };

/**
 * REPORTED -> VERIFIED -> ACTIVE -> LOCATED_ALIVE | LOCATED_DECEASED -> CLOSED. A false report
 * is REJECTED before the search starts; a located, closed or rejected case can be re-opened
 * (back to ACTIVE) when new information arrives.
 */
const TRANSITIONS: Record<CaseStatus, readonly CaseStatus[]> = {
  REPORTED: ["VERIFIED", "REJECTED"],
  VERIFIED: ["ACTIVE", "REJECTED"],
  ACTIVE: ["LOCATED_ALIVE", "LOCATED_DECEASED"],
  LOCATED_ALIVE: ["CLOSED", "ACTIVE"],
  LOCATED_DECEASED: ["CLOSED", "ACTIVE"],
  CLOSED: ["ACTIVE"],
  REJECTED: ["ACTIVE"],
};

const TERMINAL: readonly CaseStatus[] = ["LOCATED_ALIVE", "LOCATED_DECEASED", "CLOSED", "REJECTED"];

export function nextStatuses(from: CaseStatus): readonly CaseStatus[] {
  return TRANSITIONS[from];
}

export function isTransition(from: CaseStatus, to: CaseStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Re-opening undoes a decision that only police may take, so it needs the same authority. */
export function isReopening(from: CaseStatus, to: CaseStatus): boolean {
  return to === "ACTIVE" && TERMINAL.includes(from);
}

/** Whether `viewer` may move a case (already in their write scope) from `from` to `to`. */
export function canTransition(viewer: Viewer, from: CaseStatus, to: CaseStatus): boolean {
  if (!isTransition(from, to) || !canSetStatus(viewer, to)) return false;
  return !isReopening(from, to) || canSetStatus(viewer, "CLOSED");
}

/** The transitions to offer `viewer` on a case in status `from`. */
export function transitionsFor(viewer: Viewer, from: CaseStatus): CaseStatus[] {
  return TRANSITIONS[from].filter((to) => canTransition(viewer, from, to));
}
