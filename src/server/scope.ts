// Which rows a viewer may reach, as a value (decision 141). policy.ts decides the Scope; the
// adapters below are the only places that turn one into a Prisma filter or a SQL condition, so
// the lookup's raw SQL, the stats and the Prisma reads can never disagree about a rule.
// No "server-only": the benchmarks build the same SQL.
import { Prisma } from "@/generated/prisma/client";

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

/**
 * The scope as a SQL condition on the table aliased `alias`. `practice` says whether that table
 * has `practiceSessionId` (cases do, found records do not: a sandbox then matches nothing).
 */
export function scopeSql(scope: Scope, alias = "c", practice = true): Prisma.Sql {
  const col = (name: string) => Prisma.raw(`${alias}."${name}"`);
  const real = practice ? [Prisma.sql`${col("practiceSessionId")} IS NULL`] : [];
  switch (scope.kind) {
    case "none":
      return Prisma.sql`(FALSE)`;
    case "all":
      return real.length ? Prisma.sql`(${real[0]})` : Prisma.sql`(TRUE)`;
    case "countries": {
      const country =
        scope.codes.length === 1
          ? Prisma.sql`${col("countryCode")} = ${scope.codes[0]}`
          : Prisma.sql`${col("countryCode")} = ANY(${[...scope.codes]})`;
      return Prisma.sql`(${Prisma.join([...real, country], " AND ")})`;
    }
    case "sandbox":
      return practice ? Prisma.sql`(${col("practiceSessionId")} = ${scope.sessionId})` : Prisma.sql`(FALSE)`;
  }
}

/** The countries a real-row scope covers: null = every country; undefined = no real rows. */
export function scopeCountries(scope: Scope): readonly string[] | null | undefined {
  if (scope.kind === "all") return null;
  if (scope.kind === "countries") return scope.codes;
  return undefined;
}
