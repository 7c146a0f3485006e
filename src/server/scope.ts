// Which rows a viewer may reach, as a value (decision 133). policy.ts decides the Scope; the
// adapters here (Prisma filters) and in scope-sql.ts (SQL) are the only places that turn one into
// a query, so the lookup's raw SQL, the stats and the Prisma reads can never disagree about a
// rule. Types only from the generated client: client components reach policy.ts through the
// status rules and must not pull in the Prisma runtime.
import type { Prisma } from "@/generated/prisma/client";

export type Scope =
  /** Nothing at all (no permission, or a token narrowed to no country). */
  | { kind: "none" }
  /** Real rows of every participating country. */
  | { kind: "all" }
  /** Real rows of these countries (never empty: an empty list is `none`). */
  | { kind: "countries"; codes: readonly string[] }
  /** The practice rows of one training session's sandbox (no real row). */
  | { kind: "sandbox"; sessionId: string };

export const NO_SCOPE: Scope = { kind: "none" };
export const ALL_COUNTRIES: Scope = { kind: "all" };

export function countriesScope(codes: readonly string[]): Scope {
  return codes.length ? { kind: "countries", codes: [...codes] } : NO_SCOPE;
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
      return { practiceSessionId: null };
    case "countries":
      return { practiceSessionId: null, countryCode: countryWhere(scope.codes) };
    case "sandbox":
      return { practiceSessionId: scope.sessionId };
  }
}

/** The scope as a filter on `FoundPerson`: found records have no sandbox, so a sandbox sees none. */
export function foundWhere(scope: Scope): Prisma.FoundPersonWhereInput {
  switch (scope.kind) {
    case "all":
      return {};
    case "countries":
      return { countryCode: countryWhere(scope.codes) };
    case "none":
    case "sandbox":
      return noRows();
  }
}

/** The countries a real-row scope covers: null = every country; undefined = no real rows. */
export function scopeCountries(scope: Scope): readonly string[] | null | undefined {
  if (scope.kind === "all") return null;
  if (scope.kind === "countries") return scope.codes;
  return undefined;
}
