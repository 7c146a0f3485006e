import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { caseWriteScope, type Permission } from "@/server/policy";
import type { Viewer } from "@/server/viewer";

/**
 * Loads a case the viewer may change with `permission` (own country, or own sandbox), inside the
 * caller's transaction. Out of scope, lacking the permission and unknown all give NotFoundError.
 */
export async function findWritableCase<S extends Prisma.CaseSelect>(
  tx: Tx,
  viewer: Viewer,
  caseNumber: string,
  permission: Permission,
  select: S,
): Promise<Prisma.CaseGetPayload<{ select: S }>> {
  const row = await tx.case.findFirst({
    where: { caseNumber, ...caseWriteScope(viewer, permission) },
    select,
  });
  if (!row) throw new NotFoundError();
  return row as Prisma.CaseGetPayload<{ select: S }>;
}
