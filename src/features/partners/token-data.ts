import "server-only";
// API tokens: created by an admin for an organisation of their country, shown once, stored
// hashed, revocable at once. A token acts as its own service-account user with the
// organisation's role (police unit -> POLICE, NGO -> NGO), narrowed by its scopes and countries
// (policy.ts), so it never outranks the organisation's own staff.
import type { Role } from "@/generated/prisma/enums";
import { isApiScope } from "@/server/api-scopes";
import { recordAuditEvent } from "@/server/audit-event";
import { getDb } from "@/server/db";
import { AppError, NotFoundError } from "@/server/errors";
import { adminCountryScope, can } from "@/server/policy";
import { toViewer, viewerSelect, type Viewer } from "@/server/viewer";
import type { TokenInput, TokenRefInput } from "./schemas";
import { newTokenSecret, secretMatches, splitToken } from "./token-secret";

const ROLE_OF_KIND: Partial<Record<string, Role>> = { POLICE_UNIT: "POLICE", NGO: "NGO" };
/** lastUsedAt is a hint for admins, not an audit: write it at most once a minute per token. */
const LAST_USED_EVERY_MS = 60_000;

function requireTokenAdmin(viewer: Viewer) {
  const scope = can(viewer, "apiToken:manage") ? adminCountryScope(viewer) : null;
  if (!scope) throw new NotFoundError();
  return scope;
}

export async function createApiToken(
  viewer: Viewer,
  input: TokenInput,
): Promise<{ id: string; token: string }> {
  const scope = requireTokenAdmin(viewer);
  const db = await getDb();
  const org = await db.organization.findFirst({
    where: { id: input.organizationId, ...scope },
    select: { id: true, kind: true, countryCode: true, name: true },
  });
  if (!org) throw new AppError("partners:errors.organization", 400);
  const role = ROLE_OF_KIND[org.kind];
  if (!role) throw new AppError("partners:errors.organizationKind", 400);
  // An NGO works its own country only; so do its tokens.
  if (role === "NGO" && input.countryCodes.some((c) => c !== org.countryCode)) {
    throw new AppError("partners:errors.ngoCountries", 400);
  }
  const secret = newTokenSecret();
  const expiresAt = new Date(Date.now() + input.expiresInDays * 86_400_000);
  const id = await db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: {
        email: `token.${secret.prefix}@api.invalid`,
        name: `API: ${input.name} (${org.name})`,
        // Not an argon2 hash: verifyPassword() is always false, so it can never sign in.
        passwordHash: "!service-account",
        isServiceAccount: true,
        role,
        countryCode: org.countryCode,
        organizationId: org.id,
      },
      select: { id: true },
    });
    const token = await tx.apiToken.create({
      data: {
        organizationId: org.id,
        serviceUserId: user.id,
        name: input.name,
        prefix: secret.prefix,
        secretHash: secret.secretHash,
        scopes: input.scopes,
        countryCodes: input.countryCodes,
        rateLimitPerMinute: input.rateLimitPerMinute,
        expiresAt,
        createdById: viewer.id,
      },
      select: { id: true },
    });
    // The prefix names the token; the secret and its hash never enter the trail.
    await recordAuditEvent(tx, viewer, {
      action: "apiToken.create",
      targetType: "ApiToken",
      targetId: token.id,
      countryCode: org.countryCode,
      after: {
        name: input.name,
        prefix: secret.prefix,
        organizationId: org.id,
        scopes: input.scopes,
        countryCodes: input.countryCodes,
        rateLimitPerMinute: input.rateLimitPerMinute,
        expiresAt,
      },
    });
    return token.id;
  });
  return { id, token: secret.token };
}

export type TokenState = "active" | "expired" | "revoked";

export async function listApiTokens(viewer: Viewer, now = new Date()) {
  const scope = requireTokenAdmin(viewer);
  const db = await getDb();
  const rows = await db.apiToken.findMany({
    where: { organization: scope },
    select: {
      id: true,
      name: true,
      prefix: true,
      scopes: true,
      countryCodes: true,
      rateLimitPerMinute: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
      createdAt: true,
      organization: { select: { name: true, countryCode: true } },
      _count: { select: { calls: true } },
    },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    take: 500,
  });
  return rows.map((r) => ({
    ...r,
    state: (r.revokedAt ? "revoked" : r.expiresAt <= now ? "expired" : "active") as TokenState,
  }));
}

/** Revokes at once: the next call with it is refused. Revoking twice changes nothing. */
export async function revokeApiToken(viewer: Viewer, input: TokenRefInput): Promise<void> {
  const scope = requireTokenAdmin(viewer);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const token = await tx.apiToken.findFirst({
      where: { id: input.id, organization: scope },
      select: {
        id: true,
        revokedAt: true,
        serviceUserId: true,
        organization: { select: { countryCode: true } },
      },
    });
    if (!token) throw new NotFoundError();
    if (token.revokedAt) return;
    const now = new Date();
    await tx.apiToken.update({ where: { id: token.id }, data: { revokedAt: now } });
    await tx.user.update({ where: { id: token.serviceUserId }, data: { disabledAt: now } });
    await recordAuditEvent(tx, viewer, {
      action: "apiToken.revoke",
      targetType: "ApiToken",
      targetId: token.id,
      countryCode: token.organization.countryCode,
      before: { revokedAt: null },
      after: { revokedAt: now },
    });
  });
}

export interface TokenViewer extends Viewer {
  api: NonNullable<Viewer["api"]>;
  rateLimitPerMinute: number;
}

/**
 * The Viewer a presented token acts as, or null for an unknown, wrong, expired or revoked token
 * (all alike to the caller). The service user is re-read each time, like a session's user.
 */
export async function viewerForToken(presented: string, now = new Date()): Promise<TokenViewer | null> {
  const parts = splitToken(presented);
  if (!parts) return null;
  const db = await getDb();
  const row = await db.apiToken.findUnique({
    where: { prefix: parts.prefix },
    select: {
      id: true,
      secretHash: true,
      scopes: true,
      countryCodes: true,
      rateLimitPerMinute: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
      serviceUser: { select: { ...viewerSelect, disabledAt: true } },
    },
  });
  if (!row || !secretMatches(parts.secret, row.secretHash)) return null;
  if (row.revokedAt || row.expiresAt <= now || row.serviceUser.disabledAt) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_EVERY_MS) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  return {
    ...toViewer(row.serviceUser),
    api: { tokenId: row.id, scopes: row.scopes.filter(isApiScope), countryCodes: row.countryCodes },
    rateLimitPerMinute: row.rateLimitPerMinute,
  };
}

/** One row per call made with a token (route and answer; never the body). */
export async function recordApiCall(tokenId: string, method: string, route: string, status: number) {
  const db = await getDb();
  await db.apiCall.create({ data: { tokenId, method, route, status } });
}

/** Organisations the admin may issue tokens for (police units and NGOs of their scope). */
export async function listTokenOrganizations(viewer: Viewer) {
  const scope = requireTokenAdmin(viewer);
  const db = await getDb();
  return db.organization.findMany({
    where: { ...scope, kind: { in: ["POLICE_UNIT", "NGO"] } },
    select: { id: true, name: true, countryCode: true, kind: true },
    orderBy: [{ countryCode: "asc" }, { name: "asc" }],
  });
}
