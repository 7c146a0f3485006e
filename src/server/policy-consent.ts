// The consent rules of reads that carry the whole record (decision 154): match proposals, their
// inbox alerts and the police PFIF feed show a claim only to those who see it in full.
// Re-exported by policy.ts, the entry every data module imports.
import type { Prisma } from "@/generated/prisma/client";
import { can } from "./policy-permissions";
import { ALL_COUNTRIES, caseWhere, noRows, withConsentOf } from "./scope";
import type { Viewer } from "./viewer";
import { fullAccessWhere } from "./consent";

/**
 * An inbox item of kind MATCH says the whole record resembles someone: only for those who see
 * the claim, and the pair's second claim, whole (the same rule as matchReadScope).
 */
export function matchAlertWhere(viewer: Viewer): Prisma.InboxItemWhereInput {
  return {
    OR: [
      { kind: { not: "MATCH" } },
      { case: fullAccessWhere(viewer), OR: [{ otherCaseId: null }, { otherCase: fullAccessWhere(viewer) }] },
    ],
  };
}

/**
 * Matching proposals the viewer may see (decision 096): police those with either record in their
 * country (a BO-GT pair reaches police of Bolivia and of Guatemala, nobody else); NGOs those with
 * both records in their country (they read no other country's found records). Trainers, admins,
 * migration and forensic staff and practice logins see none; a partner token reads as its
 * organisation's police would, when its countries include their country.
 */
export function matchReadScope(viewer: Viewer): Prisma.MatchProposalWhereInput {
  if (!can(viewer, "match:read") || viewer.practiceSessionId) return noRows();
  // A token (matches:read) reads as its organisation's staff, only if its countries include theirs.
  if (viewer.api && !viewer.api.countryCodes.includes(viewer.countryCode)) return noRows();
  const c = viewer.countryCode;
  // A proposal's score and criteria compare the whole record (place, marks, clothing, dates), so
  // a pair is shown only to those who see each claim in full: another country's claim only where
  // its family let it cross the border whole (NETWORK), a sealed one only to its owning unit.
  // The owning country's police still see a card-only claim's proposals and can reach out.
  const whole = fullAccessWhere(viewer);
  if (viewer.role === "POLICE") {
    const consented = { AND: [caseWhere(withConsentOf(ALL_COUNTRIES, c)), whole] };
    return {
      OR: [{ caseCountryCode: c }, { otherCountryCode: c }],
      ...LIVE_PAIR,
      AND: [{ case: consented }, { OR: [{ otherCaseId: null }, { otherCase: consented }] }],
    };
  }
  return {
    caseCountryCode: c,
    otherCountryCode: c,
    ...LIVE_PAIR,
    AND: [{ case: whole }, { OR: [{ otherCaseId: null }, { otherCase: whole }] }],
  };
}

/** A proposal whose claims are not soft-deleted by a retention run (decision 143). */
export const LIVE_PAIR = {
  case: { deletedAt: null },
  NOT: { otherCase: { deletedAt: { not: null } } },
} as const satisfies Prisma.MatchProposalWhereInput;

/**
 * Proposals the viewer may reject or ask about: police of either country. Confirming also needs
 * the case in the viewer's write scope (it changes the case's status: the claim's country).
 */
export function matchReviewScope(viewer: Viewer): Prisma.MatchProposalWhereInput {
  if (!can(viewer, "match:review")) return noRows();
  return matchReadScope(viewer);
}
