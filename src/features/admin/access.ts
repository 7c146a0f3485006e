import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/server/db";
import { AppError, NotFoundError } from "@/server/errors";
import { adminCountryScope, can } from "@/server/policy";
import { noRows } from "@/server/scope";
import type { Viewer } from "@/server/viewer";

/** Admin data functions answer "not found" to anyone who may not administer users. */
export function requireAdmin(viewer: Viewer): asserts viewer is Viewer {
  if (!can(viewer, "user:manage") || viewer.practiceSessionId) throw new NotFoundError();
}

/**
 * Users an admin may see and change: real accounts (not training practice logins) of their
 * country; a country admin never touches a super-admin. A super-admin sees everyone.
 */
export function userScope(viewer: Viewer): Prisma.UserWhereInput {
  const scope = adminCountryScope(viewer);
  if (!scope) return noRows();
  // A token's service account is managed on the tokens page only (revoking disables it); editing
  // it as a person (role, country, password) would bypass the token's own rules.
  return {
    practiceSessionId: null,
    isServiceAccount: false,
    ...scope,
    ...(viewer.isSuperAdmin ? {} : { isSuperAdmin: false }),
  };
}

export function countryInScope(viewer: Viewer, countryCode: string): boolean {
  const scope = adminCountryScope(viewer);
  return !!scope && (scope.countryCode === undefined || scope.countryCode === countryCode);
}

/**
 * A user's or organisation's country must be one the admin administers, and the region and
 * organisation picked must belong to that country. Out of scope answers "not found".
 */
export async function checkPlacement(
  tx: Tx,
  viewer: Viewer,
  p: { countryCode: string; regionId: string | null; organizationId?: string | null },
): Promise<void> {
  if (!countryInScope(viewer, p.countryCode)) throw new NotFoundError();
  if (!(await tx.country.findUnique({ where: { code: p.countryCode }, select: { code: true } }))) {
    throw new AppError("admin:errors.invalidChoice");
  }
  if (p.regionId) {
    const region = await tx.region.findFirst({ where: { id: p.regionId, countryCode: p.countryCode } });
    if (!region) throw new AppError("admin:errors.regionOutsideCountry");
  }
  if (p.organizationId) {
    const org = await tx.organization.findFirst({
      where: { id: p.organizationId, countryCode: p.countryCode },
    });
    if (!org) throw new AppError("admin:errors.organizationOutsideCountry");
  }
}

/** Prisma's unique-constraint error (an email or organisation name already taken). */
export function isUniqueViolation(err: unknown): boolean {
  return (err as { code?: unknown } | null)?.code === "P2002";
}
