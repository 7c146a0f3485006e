// The SQL adapter of a Scope (decision 133), for the raw lookups. No "server-only": the
// benchmarks build the same SQL.
import { Prisma } from "@/generated/prisma/client";
import type { Scope } from "./scope";

/**
 * The scope as a SQL condition on the table aliased `alias`. `practice` says whether that table
 * has `practiceSessionId` (cases do, found records do not: a sandbox then matches nothing).
 */
export function scopeSql(scope: Scope, alias = "c", practice = true): Prisma.Sql {
  const col = (name: string) => Prisma.raw(`${alias}."${name}"`);
  // Cases (the table with practiceSessionId) also hide soft-deleted rows (decision 143).
  const live = practice ? [Prisma.sql`${col("deletedAt")} IS NULL`] : [];
  // Claims of another country only where the family let them cross the border; found records
  // (practice = false) have no such choice.
  const consent = (home: string | undefined) =>
    practice && home !== undefined
      ? [
          Prisma.sql`(${col("countryCode")} = ${home} OR ${col("crossBorderConsent")} <> 'OWN_COUNTRY'::"CrossBorderConsent")`,
        ]
      : [];
  const real = practice ? [Prisma.sql`${col("practiceSessionId")} IS NULL`, ...live] : [];
  switch (scope.kind) {
    case "none":
      return Prisma.sql`(FALSE)`;
    case "all": {
      const parts = [...real, ...consent(scope.home)];
      return parts.length ? Prisma.sql`(${Prisma.join(parts, " AND ")})` : Prisma.sql`(TRUE)`;
    }
    case "countries": {
      const country =
        scope.codes.length === 1
          ? Prisma.sql`${col("countryCode")} = ${scope.codes[0]}`
          : Prisma.sql`${col("countryCode")} = ANY(${[...scope.codes]})`;
      return Prisma.sql`(${Prisma.join([...real, country, ...consent(scope.home)], " AND ")})`;
    }
    case "sandbox":
      return practice
        ? Prisma.sql`(${Prisma.join([Prisma.sql`${col("practiceSessionId")} = ${scope.sessionId}`, ...live], " AND ")})`
        : Prisma.sql`(FALSE)`;
  }
}
