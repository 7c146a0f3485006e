// The SQL adapter of a Scope (decision 133), for the raw lookups. No "server-only": the
// benchmarks build the same SQL.
import { Prisma } from "@/generated/prisma/client";
import type { Scope } from "./scope";

/**
 * The scope as a SQL condition on the table aliased `alias`: cases, or found records. Both have
 * `practiceSessionId` (a sandbox sees only its own rows, everyone else none of them); only cases
 * are soft-deleted and carry the family's cross-border consent.
 */
export function scopeSql(scope: Scope, alias = "c", table: "case" | "found" = "case"): Prisma.Sql {
  const col = (name: string) => Prisma.raw(`${alias}."${name}"`);
  const isCase = table === "case";
  // Cases also hide soft-deleted rows (decision 143).
  const live = isCase ? [Prisma.sql`${col("deletedAt")} IS NULL`] : [];
  // Claims of another country only where the family let them cross the border; found records
  // have no such choice.
  const consent = (home: string | undefined) =>
    isCase && home !== undefined
      ? [
          Prisma.sql`(${col("countryCode")} = ${home} OR ${col("crossBorderConsent")} <> 'OWN_COUNTRY'::"CrossBorderConsent")`,
        ]
      : [];
  const real = [Prisma.sql`${col("practiceSessionId")} IS NULL`, ...live];
  switch (scope.kind) {
    case "none":
      return Prisma.sql`(FALSE)`;
    case "all":
      return Prisma.sql`(${Prisma.join([...real, ...consent(scope.home)], " AND ")})`;
    case "countries": {
      const country =
        scope.codes.length === 1
          ? Prisma.sql`${col("countryCode")} = ${scope.codes[0]}`
          : Prisma.sql`${col("countryCode")} = ANY(${[...scope.codes]})`;
      return Prisma.sql`(${Prisma.join([...real, country, ...consent(scope.home)], " AND ")})`;
    }
    case "sandbox":
      return Prisma.sql`(${Prisma.join([Prisma.sql`${col("practiceSessionId")} = ${scope.sessionId}`, ...live], " AND ")})`;
  }
}
