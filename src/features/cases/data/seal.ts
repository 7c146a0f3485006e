import "server-only";
import { recordCaseEvent } from "@/server/audit";
import { isOwningUnit } from "@/server/consent";
import { getDb } from "@/server/db";
import { AppError, NotFoundError } from "@/server/errors";
import type { Viewer } from "@/server/viewer";
import type { SealInput } from "../schemas";
import { findWritableCase } from "./writable-case";

const FACTS = {
  id: true,
  status: true,
  sealedAt: true,
  countryCode: true,
  assignedOrgId: true,
  lastSeenAt: true,
  dateOfBirth: true,
  approxAge: true,
} as const;

/** Age when last seen: from the date of birth when known, else the approximate age given. */
function ageWhenLastSeen(c: { lastSeenAt: Date; dateOfBirth: Date | null; approxAge: number | null }) {
  if (!c.dateOfBirth) return c.approxAge;
  const years = c.lastSeenAt.getUTCFullYear() - c.dateOfBirth.getUTCFullYear();
  const before =
    c.lastSeenAt.getUTCMonth() < c.dateOfBirth.getUTCMonth() ||
    (c.lastSeenAt.getUTCMonth() === c.dateOfBirth.getUTCMonth() &&
      c.lastSeenAt.getUTCDate() < c.dateOfBirth.getUTCDate());
  return before ? years - 1 : years;
}

/**
 * Seals the record of a located adult who does not want to be found (decision 154): from now on
 * only the owning unit sees it whole. Police of the owning unit only (anyone else: not found, as
 * for any case out of reach); a minor follows child-protection rules instead and is refused. The
 * reason is written to the case history in the same transaction.
 */
export async function sealCase(viewer: Viewer, input: SealInput): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const c = await findWritableCase(tx, viewer, input.caseNumber, "case:seal", FACTS);
    if (!isOwningUnit(viewer, c)) throw new NotFoundError();
    if (c.sealedAt) throw new AppError("cases:errors.alreadySealed", 409);
    if (c.status !== "LOCATED_ALIVE") throw new AppError("cases:errors.sealNotLocated", 409);
    const age = ageWhenLastSeen(c);
    if (age === null || age < 18) throw new AppError("cases:errors.sealMinor", 409);
    await tx.case.update({ where: { id: c.id }, data: { sealedAt: new Date(), sealedById: viewer.id } });
    await recordCaseEvent(tx, {
      caseId: c.id,
      actorKind: "STAFF",
      actorUserId: viewer.id,
      type: "CASE_SEALED",
      reason: input.reason,
    });
  });
}

/** Lifts the seal (the person agreed to be found, or it was a mistake): the owning unit's police. */
export async function unsealCase(viewer: Viewer, input: SealInput): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const c = await findWritableCase(tx, viewer, input.caseNumber, "case:seal", FACTS);
    if (!isOwningUnit(viewer, c)) throw new NotFoundError();
    if (!c.sealedAt) throw new AppError("cases:errors.notSealed", 409);
    await tx.case.update({ where: { id: c.id }, data: { sealedAt: null, sealedById: null } });
    await recordCaseEvent(tx, {
      caseId: c.id,
      actorKind: "STAFF",
      actorUserId: viewer.id,
      type: "CASE_UNSEALED",
      reason: input.reason,
    });
  });
}
