// Soft-deleted rows (decision 143: a retention run sets deletedAt; an admin may undo for three
// days, then the next run purges) are hidden from every Prisma read of Case and CasePhoto: this
// extension adds `deletedAt: null` to any top-level read whose filter does not name deletedAt.
// Only the retention code names it. Relation filters and raw SQL do not pass through here: the
// scope adapters (caseWhere's relation uses, scopeSql) and the raw lookups add it themselves.
// No "server-only": the factory that applies it is shared with the seed and scripts.
import type { PrismaClient } from "@/generated/prisma/client";

const READS = [
  "findFirst",
  "findFirstOrThrow",
  "findMany",
  "findUnique",
  "findUniqueOrThrow",
  "count",
  "aggregate",
  "groupBy",
] as const;

/** Spread into a top-level filter to see soft-deleted rows too (its OR/AND may then pick them). */
export const WITH_SOFT_DELETED = { deletedAt: undefined } as const;

type Args = { where?: Record<string, unknown> };

/** The read's filter with `deletedAt: null` added, unless it asks about deletedAt itself. */
export function liveOnly<A>(args: A): A {
  const a = (args ?? {}) as Args;
  if (a.where && "deletedAt" in a.where) return args;
  return { ...a, where: { ...a.where, deletedAt: null } } as A;
}

type Hook = (p: { args: unknown; query: (args: unknown) => Promise<unknown> }) => Promise<unknown>;
const hook: Hook = ({ args, query }) => query(liveOnly(args));
const hooks = Object.fromEntries(READS.map((op) => [op, hook]));

export function hideSoftDeleted(db: PrismaClient): PrismaClient {
  // The extended client has the same API; its type is Prisma's dynamic one, so it is cast back.
  return db.$extends({
    name: "soft-delete",
    query: { case: hooks, casePhoto: hooks },
  }) as unknown as PrismaClient;
}
