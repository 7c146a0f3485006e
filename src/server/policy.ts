// The one place that says who may do what. Data functions call these builders inside their
// queries; pages call `can` only to decide what to show (never as the only check).
import type { Prisma } from "@/generated/prisma/client";
import type { CaseStatus, FoundStatus, Role } from "@/generated/prisma/enums";
import { scopesAllow } from "./api-scopes";
import {
  ALL_COUNTRIES,
  caseWhere,
  countriesScope,
  foundWhere,
  NO_SCOPE,
  noRows,
  sandboxScope,
  type Scope,
  withConsentOf,
} from "./scope";
import type { Viewer } from "./viewer";
import { fullAccessWhere, unsealedWhere } from "./consent";

export const PERMISSIONS = [
  "case:search",
  "case:read",
  "case:readReporterContact",
  "case:updateStatus",
  "case:verify",
  "case:addNote",
  "case:flagTrafficking",
  "case:assign",
  "case:markDuplicate",
  "case:approvePublication",
  // Deciding a request to take a public page down: keep it hidden or restore it (decision 150).
  "case:decideRemoval",
  "case:readAccessLog",
  "case:readTips",
  "case:requestOwner",
  "inbox:read",
  "user:manage",
  "organization:manage",
  "reference:manage",
  "training:read",
  "training:manage",
  // Writing a country's knowledge-check questions (decision 166): its admins and trainers.
  "training:editQuestions",
  "stats:readExact",
  "found:search",
  "found:read",
  "found:create",
  "found:updateStatus",
  "found:addNote",
  "found:readInstitution",
  "pfif:read",
  "pfif:write",
  "apiToken:manage",
  "match:read",
  "match:review",
  "match:rematch",
  // The outbox's delivery log (sent, failed, dead) and retrying a dead message (decision 082).
  "message:manage",
  // Searching the admin and training trail and the case access logs, and exporting them (decision 141).
  "audit:read",
  // The land borders that carry cross-border alerts (CountryNeighbour); writes are the super-admin's.
  "neighbour:manage",
  // Viewing and editing the retention rules, the dry run and the undo of a run (decision 143).
  "retention:manage",
  // Applying the retention rules: only the system actor (the nightly job), no role.
  "retention:apply",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** What every role that records found persons may do with them. */
const FOUND_RECORDERS = [
  "found:search",
  "found:read",
  "found:create",
  "found:updateStatus",
  "found:addNote",
] as const satisfies readonly Permission[];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  // Cross-border lookup is the point of the network: police read every participating country.
  POLICE: [
    "case:search",
    "case:read",
    "case:readReporterContact",
    "case:updateStatus",
    "case:verify",
    "case:addNote",
    "case:flagTrafficking",
    "case:assign",
    "case:markDuplicate",
    "case:approvePublication",
    "case:decideRemoval",
    "case:readTips",
    "case:requestOwner",
    "inbox:read",
    "stats:readExact",
    ...FOUND_RECORDERS,
    "found:readInstitution",
    "pfif:read",
    "pfif:write",
    "match:read",
    "match:review",
  ],
  NGO: [
    "case:search",
    "case:read",
    "case:readReporterContact",
    "case:updateStatus",
    "case:addNote",
    "case:flagTrafficking",
    "case:readTips",
    "inbox:read",
    "stats:readExact",
    // NGOs record and work found persons of their country, but do not see where the person is
    // held (decision 090): shelters of trafficking victims are the most sensitive address we keep.
    ...FOUND_RECORDERS,
    "pfif:read",
    "pfif:write",
    // Proposals whose two records are both in the NGO's country (decision 096).
    "match:read",
  ],
  // Border and forensic staff record found persons in their country; they see no claims (the
  // matching engine brings the claim to police, decision 090).
  MIGRATION: [...FOUND_RECORDERS, "found:readInstitution"],
  FORENSIC: [...FOUND_RECORDERS, "found:readInstitution"],
  // Trainers see the training area only: no real case data at all.
  TRAINER: ["training:read", "training:manage", "training:editQuestions"],
  ADMIN: [
    "case:search",
    "case:read",
    "case:readAccessLog",
    "user:manage",
    "organization:manage",
    "reference:manage",
    "training:read",
    "training:editQuestions",
    "stats:readExact",
    "found:search",
    "found:read",
    "pfif:write",
    "apiToken:manage",
    // Starting the full re-match (a job; the super-admin only, see startFullRematch).
    "match:rematch",
    "message:manage",
    "audit:read",
    "neighbour:manage",
    "retention:manage",
  ],
};

/**
 * The system actor: a scheduled job acting with no person behind it. It holds only what a job
 * needs and that no role has (applying the retention rules deletes data in every country).
 */
export const SYSTEM_ACTOR = { kind: "system" } as const;
export type SystemActor = typeof SYSTEM_ACTOR;
export const SYSTEM_PERMISSIONS: readonly Permission[] = ["retention:apply"];

export function systemCan(actor: SystemActor, permission: Permission): boolean {
  return actor.kind === "system" && SYSTEM_PERMISSIONS.includes(permission);
}

/**
 * Retention rules the viewer administers: a super-admin the network defaults (country null), a
 * country admin their country's rules. Null = none (also practice logins and tokens).
 */
export function retentionCountry(viewer: Viewer): { countryCode: string | null } | null {
  if (!can(viewer, "retention:manage") || viewer.practiceSessionId || viewer.api) return null;
  return { countryCode: viewer.isSuperAdmin ? null : viewer.countryCode };
}

export function can(viewer: Viewer | null, permission: Permission): boolean {
  if (!viewer || !ROLE_PERMISSIONS[viewer.role].includes(permission)) return false;
  return !viewer.api || scopesAllow(viewer.api.scopes, permission);
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
      // A match alert says the whole record resembles someone: only for those who see both
      // claims whole (the same rule as matchReadScope).
      {
        OR: [
          { kind: { not: "MATCH" } },
          {
            case: fullAccessWhere(viewer),
            OR: [{ otherCaseId: null }, { otherCase: fullAccessWhere(viewer) }],
          },
        ],
      },
    ],
  };
}

/**
 * Found records the viewer may read: police (and the super-admin) every participating country,
 * like cases; everyone else with the permission their own country. Practice logins only the
 * records made in their session's sandbox: a trainee never sees a real one.
 */
export function foundReadAccess(viewer: Viewer): Scope {
  if (!can(viewer, "found:read")) return NO_SCOPE;
  if (viewer.practiceSessionId) return sandboxScope(viewer.practiceSessionId);
  if (viewer.role === "POLICE" || (viewer.role === "ADMIN" && viewer.isSuperAdmin)) return ALL_COUNTRIES;
  return countriesScope([viewer.countryCode]);
}

/** Found records the viewer may change with `permission`: their own country (or sandbox) only. */
export function foundWriteAccess(viewer: Viewer, permission: Permission): Scope {
  if (!can(viewer, permission)) return NO_SCOPE;
  if (viewer.practiceSessionId) return sandboxScope(viewer.practiceSessionId);
  return countriesScope([viewer.countryCode]);
}

export const foundReadScope = (viewer: Viewer): Prisma.FoundPersonWhereInput => ({
  AND: [foundWhere(foundReadAccess(viewer)), foundUnsealedWhere(viewer)],
});

/**
 * The found record of a located adult who asked not to be found is sealed with the claim it
 * identifies (decision 154): only the claim's owning unit reads it. found/data/search.ts holds
 * the same rule in SQL.
 */
export function foundUnsealedWhere(viewer: Viewer): Prisma.FoundPersonWhereInput {
  return { OR: [{ identifiedCaseId: null }, { identifiedCase: unsealedWhere(viewer) }] };
}
export const foundWriteScope = (viewer: Viewer, permission: Permission) =>
  foundWhere(foundWriteAccess(viewer, permission));

/** Where the person is held: only the recording country's authorities (decision 090). */
export function canReadInstitution(viewer: Viewer, recordCountry: string): boolean {
  return (
    can(viewer, "found:readInstitution") && !viewer.practiceSessionId && viewer.countryCode === recordCountry
  );
}

/** Identifying or closing a found record is an authority's decision, not an NGO's. */
const AUTHORITY_ONLY_FOUND_STATUSES: readonly FoundStatus[] = ["IDENTIFIED", "CLOSED"];

export function canSetFoundStatus(viewer: Viewer, to: FoundStatus): boolean {
  if (!can(viewer, "found:updateStatus")) return false;
  return viewer.role !== "NGO" || !AUTHORITY_ONLY_FOUND_STATUSES.includes(to);
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
