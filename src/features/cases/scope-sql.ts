// The lookup runs as raw SQL (pg_trgm operators have no Prisma equivalent), but the rule of who
// may see which case must still come from policy.ts. This turns the scope object that
// caseReadScope() builds into a SQL condition. It understands exactly the shapes policy.ts
// produces and throws on anything else, so a new rule there can never be silently dropped here.
import { Prisma } from "@/generated/prisma/client";

function condition(key: string, value: unknown, col: (name: string) => Prisma.Sql): Prisma.Sql {
  if (key === "id" && isEmptyIn(value)) return Prisma.sql`FALSE`;
  if ((key === "practiceSessionId" || key === "countryCode") && value === null) {
    return Prisma.sql`${col(key)} IS NULL`;
  }
  if ((key === "practiceSessionId" || key === "countryCode") && typeof value === "string") {
    return Prisma.sql`${col(key)} = ${value}`;
  }
  if (key === "countryCode" && isStringIn(value)) {
    return Prisma.sql`${col(key)} = ANY(${(value as { in: string[] }).in})`;
  }
  throw new Error(`caseScopeSql: unsupported scope condition ${key}=${JSON.stringify(value)}`);
}

/** `{ in: [codes] }`: a token's countries (see policy.ts). */
function isStringIn(value: unknown): boolean {
  if (!value || typeof value !== "object" || Object.keys(value).length !== 1) return false;
  const list = (value as { in?: unknown }).in;
  return Array.isArray(list) && list.length > 0 && list.every((x) => typeof x === "string");
}

function isEmptyIn(value: unknown): boolean {
  if (!value || typeof value !== "object") return false;
  const keys = Object.keys(value);
  const list = (value as { in?: unknown }).in;
  return keys.length === 1 && Array.isArray(list) && list.length === 0;
}

/** `scope` as a SQL condition on the table aliased `alias` (default `c`). */
export function caseScopeSql(scope: Prisma.CaseWhereInput, alias = "c"): Prisma.Sql {
  const col = (name: string) => Prisma.raw(`${alias}."${name}"`);
  const parts = Object.entries(scope).map(([k, v]) => condition(k, v, col));
  return parts.length ? Prisma.sql`(${Prisma.join(parts, " AND ")})` : Prisma.sql`TRUE`;
}
