// What an API token's scopes let it do. A token acts with its organisation's role (see
// features/partners/token-data.ts) and can only ever narrow it: a permission needs the role AND
// one of the token's scopes, and its countries narrow every case scope (policy.ts).
import type { Permission } from "./policy";

export const API_SCOPES = [
  "claims:create",
  "cases:search",
  "cases:read",
  "cases:note",
  "pfif:read",
  "pfif:write",
  "found:create",
  "matches:read",
] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export const SCOPE_PERMISSIONS: Record<ApiScope, readonly Permission[]> = {
  // Filing a claim needs no permission (the public form does it too); the scope only lets a
  // partner's claims carry the partner as their source and its own rate limit.
  "claims:create": [],
  "cases:search": ["case:search"],
  "cases:read": ["case:read"],
  "cases:note": ["case:read", "case:addNote"],
  "pfif:read": ["pfif:read"],
  "pfif:write": ["pfif:write"],
  // Recording a found person; the record is in the token's organisation's country.
  "found:create": ["found:create"],
  // The match proposals police of the token's country see; never the review actions.
  "matches:read": ["match:read"],
};

/** The grant a token carries on its Viewer. */
export interface ApiGrant {
  tokenId: string;
  scopes: readonly ApiScope[];
  countryCodes: readonly string[];
}

/**
 * The i18n key of a scope's label. A scope has a colon ("cases:read") and i18next reads a colon
 * as the namespace separator, so the locale files spell it with an underscore.
 */
export const scopeLabelKey = (s: ApiScope | string) => `partners:tokens.scope.${s.replace(":", "_")}`;

export const isApiScope = (s: string): s is ApiScope => (API_SCOPES as readonly string[]).includes(s);

export function scopesAllow(scopes: readonly ApiScope[], permission: Permission): boolean {
  return scopes.some((s) => SCOPE_PERMISSIONS[s].includes(permission));
}
