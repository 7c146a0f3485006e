import "server-only";
import { Prisma } from "@/generated/prisma/client";

/**
 * foundReadScope() as SQL on the table aliased `c` (the alias the shared name match expects). policy.ts builds only three shapes (nothing,
 * everything, one country); anything else is refused loudly rather than dropped silently.
 */
export function foundScopeSql(scope: Prisma.FoundPersonWhereInput): Prisma.Sql {
  const keys = Object.keys(scope);
  if (keys.length === 0) return Prisma.sql`TRUE`;
  if (keys.length === 1 && typeof scope.countryCode === "string")
    return Prisma.sql`c."countryCode" = ${scope.countryCode}`;
  const id = scope.id as { in?: unknown[] } | undefined;
  if (keys.length === 1 && Array.isArray(id?.in) && id.in.length === 0) return Prisma.sql`FALSE`;
  throw new Error(`foundScopeSql: unsupported scope ${JSON.stringify(scope)}`);
}
