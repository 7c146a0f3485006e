// Which rows a viewer may reach, as a value (decision 133). policy.ts decides the Scope; the
// adapters here (Prisma filters) and in scope-sql.ts (SQL) are the only places that turn one into
// a query, so the lookup's raw SQL, the stats and the Prisma reads can never disagree about a
// rule. Types only from the generated client: client components reach policy.ts through the
// status rules and must not pull in the Prisma runtime.
import type { Prisma } from "@/generated/prisma/client";

export type Scope =
  /** Nothing at all (no permission, or a token narrowed to no country). */
  | { kind: "none" }
  /**
   * Real rows of every participating country. With `home` (the viewer's country), a claim of
   * another country only when its family did not keep it to its own country (consent levels).
   */
  | { kind: "all"; home?: string }
  /** Real rows of these countries (never empty: an empty list is `none`); `home` as for `all`. */
  | { kind: "countries"; codes: readonly string[]; home?: string }
  /** The practice rows of one training session's sandbox (no real row). */
  | { kind: "sandbox"; sessionId: string };

export const NO_SCOPE: Scope = { kind: "none" };
export const ALL_COUNTRIES: Scope = { kind: "all" };

export function countriesScope(codes: readonly string[]): Scope {
  return codes.length ? { kind: "countries", codes: [...codes] } : NO_SCOPE;
}

/**
 * The scope of a viewer of `home` reading claims: other countries' claims only where the family
 * let them cross the border. Found records have no such choice: their adapters ignore `home`.
 */
export function withConsentOf(scope: Scope, home: string): Scope {
  if (scope.kind === "all") return { kind: "all", home };
  if (scope.kind === "countries" && scope.codes.some((c) => c !== home))
    return { kind: "countries", codes: scope.codes, home };
  return scope;
}

export function sandboxScope(sessionId: string): Scope {
  return { kind: "sandbox", sessionId };
}

/** A Prisma filter that matches no row of any model keyed by a string id. */
export function noRows(): { id: { in: string[] } } {
  return { id: { in: [] } };
}

function countryWhere(codes: readonly string[]): string | { in: string[] } {
  const [only, ...more] = codes;
  return only !== undefined && !more.length ? only : { in: [...codes] };
}

/** The scope as a filter on `Case` (practice rows only in a sandbox scope). */
export function caseWhere(scope: Scope): Prisma.CaseWhereInput {
  switch (scope.kind) {
    case "none":
      return noRows();
    case "all":
      return { practiceSessionId: null, ...consentWhere(scope.home) };
    case "countries":
      return { practiceSessionId: null, countryCode: countryWhere(scope.codes), ...consentWhere(scope.home) };
    case "sandbox":
      return { practiceSessionId: scope.sessionId };
  }
}

/** No claim of another country whose family kept it to its own country. */
function consentWhere(home: string | undefined): Prisma.CaseWhereInput {
  if (home === undefined) return {};
  return { NOT: { crossBorderConsent: "OWN_COUNTRY", countryCode: { not: home } } };
}

/** The scope as a filter on `FoundPerson`: found records have no sandbox, so a sandbox sees none. */
export function foundWhere(scope: Scope): Prisma.FoundPersonWhereInput {
  switch (scope.kind) {
    case "all":
      return { practiceSessionId: null };
    case "countries":
      return { practiceSessionId: null, countryCode: countryWhere(scope.codes) };
    case "none":
      return noRows();
    case "sandbox":
      return { practiceSessionId: scope.sessionId };
  }
}

/** The countries a real-row scope covers: null = every country; undefined = no real rows. */
export function scopeCountries(scope: Scope): readonly string[] | null | undefined {
  if (scope.kind === "all") return null;
  if (scope.kind === "countries") return scope.codes;
  return undefined;
}

/**
 * The scope as a test on one claim already in memory (the third adapter): the same rule as
 * caseWhere, for code that decides about a row it holds and for the consent table test.
 */
export function scopeAdmitsCase(
  scope: Scope,
  c: { countryCode: string; practiceSessionId: string | null; crossBorderConsent: string },
): boolean {
  const consented = (home: string | undefined) =>
    home === undefined || c.countryCode === home || c.crossBorderConsent !== "OWN_COUNTRY";
  switch (scope.kind) {
    case "none":
      return false;
    case "all":
      return c.practiceSessionId === null && consented(scope.home);
    case "countries":
      return c.practiceSessionId === null && scope.codes.includes(c.countryCode) && consented(scope.home);
    case "sandbox":
      return c.practiceSessionId === scope.sessionId;
  }
}
