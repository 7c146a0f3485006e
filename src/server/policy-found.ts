// The rules for found records (who reads, records, identifies and sees where a person is held).
// Re-exported by policy.ts, the entry every data module imports.
import type { Prisma } from "@/generated/prisma/client";
import type { FoundStatus } from "@/generated/prisma/enums";
import { can, type Permission } from "./policy-permissions";
import { ALL_COUNTRIES, countriesScope, foundWhere, NO_SCOPE, sandboxScope, type Scope } from "./scope";
import type { Viewer } from "./viewer";
import { unsealedWhere } from "./consent";

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
