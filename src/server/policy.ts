// The one place that says who may do what. Data functions call these builders inside their
// queries; pages call `can` only to decide what to show (never as the only check). The role table
// is policy-permissions.ts, the found-record rules policy-found.ts and the consent rules of
// whole-record reads policy-consent.ts; this module re-exports them, so everyone imports here.
import type { Prisma } from "@/generated/prisma/client";
import type { CaseStatus } from "@/generated/prisma/enums";
import { can, type Permission } from "./policy-permissions";
import { matchAlertWhere } from "./policy-consent";
import {
  ALL_COUNTRIES,
  caseWhere,
  countriesScope,
  NO_SCOPE,
  noRows,
  sandboxScope,
  type Scope,
  withConsentOf,
} from "./scope";
import type { Viewer } from "./viewer";
import { fullAccessWhere } from "./consent";

export * from "./policy-permissions";
export * from "./policy-found";
export * from "./policy-consent";

/**
 * Retention rules the viewer administers: a super-admin the network defaults (country null), a
 * country admin their country's rules. Null = none (also practice logins and tokens).
 */
export function retentionCountry(viewer: Viewer): { countryCode: string | null } | null {
  if (!can(viewer, "retention:manage") || viewer.practiceSessionId || viewer.api) return null;
  return { countryCode: viewer.isSuperAdmin ? null : viewer.countryCode };
}

/**
 * Cases the viewer may read. Practice logins see only their session's sandbox; everyone else
 * sees only real cases, in the countries their role allows (a token's countries narrow it).
 */
export function caseReadAccess(viewer: Viewer): Scope {
  if (!can(viewer, "case:read")) return NO_SCOPE;
  if (viewer.practiceSessionId) return sandboxScope(viewer.practiceSessionId);
  if (viewer.role === "POLICE" || (viewer.role === "ADMIN" && viewer.isSuperAdmin)) {
    // A token's countries narrow what its role may see; they never widen it.
    const scope = viewer.api ? countriesScope(viewer.api.countryCodes) : ALL_COUNTRIES;
    return withConsentOf(scope, viewer.countryCode);
  }
  return ownCountry(viewer);
}

/**
 * Cases a PFIF feed carries for a police partner: what its role reads, in its token's countries.
 * The `pfif:read` scope stands for reading those cases in PFIF form (not case by case).
 */
export function pfifReadAccess(viewer: Viewer): Scope {
  if (!can(viewer, "pfif:read")) return NO_SCOPE;
  return caseReadAccess(readingAsList(viewer));
}

/**
 * Cases the lookup lists: what the role reads. For a token, the `cases:search` scope stands for
 * reading the result rows (opening one case still needs `cases:read`).
 */
export function caseSearchAccess(viewer: Viewer): Scope {
  if (!can(viewer, "case:search")) return NO_SCOPE;
  return caseReadAccess(readingAsList(viewer));
}

/** The viewer with a token's list scope read as `cases:read` for the rows of that list. */
function readingAsList(viewer: Viewer): Viewer {
  if (!viewer.api) return viewer;
  return { ...viewer, api: { ...viewer.api, scopes: [...viewer.api.scopes, "cases:read"] } };
}

/** The viewer's own country, narrowed to a token's countries (so possibly nothing). */
function ownCountry(viewer: Viewer): Scope {
  if (viewer.api && !viewer.api.countryCodes.includes(viewer.countryCode)) return NO_SCOPE;
  return countriesScope([viewer.countryCode]);
}

/** Cases the viewer may change with `permission`: always their own country (or sandbox). */
export function caseWriteAccess(viewer: Viewer, permission: Permission): Scope {
  if (!can(viewer, permission)) return NO_SCOPE;
  if (viewer.practiceSessionId) return sandboxScope(viewer.practiceSessionId);
  return ownCountry(viewer);
}

// The same scopes as Prisma filters, for data functions that read with Prisma.
export const caseReadScope = (viewer: Viewer) => caseWhere(caseReadAccess(viewer));
/**
 * A police feed carries whole records, so only the claims the partner sees in full: not another
 * country's card-only claim nor a sealed one (a machine copy would carry them past the family's
 * choice, as the API's case route says too).
 */
export const pfifReadScope = (viewer: Viewer): Prisma.CaseWhereInput => ({
  AND: [caseWhere(pfifReadAccess(viewer)), fullAccessWhere(viewer)],
});
export const caseSearchScope = (viewer: Viewer) => caseWhere(caseSearchAccess(viewer));
export const caseWriteScope = (viewer: Viewer, permission: Permission) =>
  caseWhere(caseWriteAccess(viewer, permission));

/** Statuses an NGO caseworker may not set: locating or closing a case is a police decision. */
const POLICE_ONLY_STATUSES: readonly CaseStatus[] = [
  "LOCATED_ALIVE",
  "LOCATED_DECEASED",
  "CLOSED",
  "REJECTED",
];

export function canSetStatus(viewer: Viewer, to: CaseStatus): boolean {
  if (!can(viewer, "case:updateStatus")) return false;
  if (to === "VERIFIED") return can(viewer, "case:verify");
  return viewer.role === "POLICE" || !POLICE_ONLY_STATUSES.includes(to);
}

/**
 * Outbox messages an admin may see in the delivery log: those about cases they may read, in
 * the countries they administer (a country admin: their country; a super-admin: all).
 */
export function messageScope(viewer: Viewer): Prisma.OutboundMessageWhereInput {
  if (!can(viewer, "message:manage") || viewer.practiceSessionId) return noRows();
  const country = adminCountryScope(viewer) ?? { countryCode: "" };
  // Messages about a case by the case's country; staff messages (no case) by the recipient's.
  return {
    OR: [
      { case: { ...caseReadScope(viewer), ...country, deletedAt: null } },
      { caseId: null, countryCode: country.countryCode ?? { not: null } },
    ],
  };
}

/** Countries whose users, organizations and reference data the viewer administers. */
export function adminCountryScope(viewer: Viewer): { countryCode?: string } | null {
  if (!can(viewer, "user:manage")) return null;
  return viewer.isSuperAdmin ? {} : { countryCode: viewer.countryCode };
}

/** Training sessions the viewer may see: trainers and admins of their country (super-admin all). */
export function trainingScope(viewer: Viewer): Prisma.TrainingSessionWhereInput {
  if (!can(viewer, "training:read")) return noRows();
  return viewer.isSuperAdmin ? {} : { countryCode: viewer.countryCode };
}

/**
 * Inbox items the viewer may see: those addressed to them, and those addressed to their
 * country's staff in their role (narrowed to their region when they have one; items without a
 * region reach the whole country). An item about a case shows only if the viewer may read that
 * case. Practice logins and roles without inbox:read see nothing. See decision 085.
 */
export function inboxScope(viewer: Viewer): Prisma.InboxItemWhereInput {
  if (!can(viewer, "inbox:read") || viewer.practiceSessionId) return noRows();
  const audience: Prisma.InboxItemWhereInput = {
    audienceCountryCode: viewer.countryCode,
    audienceRoles: { has: viewer.role },
    ...(viewer.regionId ? { OR: [{ audienceRegionId: null }, { audienceRegionId: viewer.regionId }] } : {}),
  };
  return {
    AND: [
      { OR: [{ recipientUserId: viewer.id }, audience] },
      { OR: [{ caseId: null }, { case: { ...caseReadScope(viewer), deletedAt: null } }] },
      // The second claim of a pair (a possible duplicate) by the same rules as the first: an
      // alert about the pair must not name a claim the viewer may not reach.
      { OR: [{ otherCaseId: null }, { otherCase: { ...caseReadScope(viewer), deletedAt: null } }] },
      matchAlertWhere(viewer),
    ],
  };
}
