import "server-only";
import { notifyReporter } from "@/features/notifications/data";
import { logCaseAccess, recordCaseEvent } from "@/server/audit";
import { recordAuditEvent } from "@/server/audit-event";
import { isOwningUnit } from "@/server/consent";
import { getDb, type Tx } from "@/server/db";
import { AppError, NotFoundError } from "@/server/errors";
import { can } from "@/server/policy";
import type { Viewer } from "@/server/viewer";
import type { SealInput } from "../schemas";
import { findWritableCase } from "./writable-case";

const FACTS = {
  id: true,
  caseNumber: true,
  status: true,
  sealedAt: true,
  countryCode: true,
  assignedOrgId: true,
  lastSeenAt: true,
  dateOfBirth: true,
  approxAge: true,
} as const;

type AgeFacts = { lastSeenAt: Date; dateOfBirth: Date | null; approxAge: number | null };

/** Whole years from `from` to `to` (UTC calendar dates). */
function yearsBetween(from: Date, to: Date) {
  const years = to.getUTCFullYear() - from.getUTCFullYear();
  const before =
    to.getUTCMonth() < from.getUTCMonth() ||
    (to.getUTCMonth() === from.getUTCMonth() && to.getUTCDate() < from.getUTCDate());
  return before ? years - 1 : years;
}

/**
 * Age now, when the seal is asked for: from the date of birth when known, else the approximate age
 * given plus the whole years since last seen. Not the age when last seen: someone who left home
 * at 16 and is found at 19 is an adult who may ask not to be found; only a person still a minor
 * now falls under child protection (the guardian is told, through the officer).
 */
function ageNow(c: AgeFacts, now: Date) {
  if (c.dateOfBirth) return yearsBetween(c.dateOfBirth, now);
  if (c.approxAge === null) return null;
  return c.approxAge + Math.max(0, yearsBetween(c.lastSeenAt, now));
}

/** Why this record cannot be sealed now (an i18n key), or null when it can. */
function sealBlocker(c: AgeFacts & { status: string; sealedAt: Date | null }, now: Date): string | null {
  if (c.sealedAt) return "cases:errors.alreadySealed";
  if (c.status !== "LOCATED_ALIVE") return "cases:errors.sealNotLocated";
  const age = ageNow(c, now);
  if (age === null || age < 18) return "cases:errors.sealMinor";
  return null;
}

export type SealOffer = { kind: "seal" } | { kind: "unseal" } | { kind: "blocked"; why: string } | null;

/**
 * What the case page offers this viewer (the form to seal, to lift the seal, a located minor's
 * "why not", or nothing). The same rules as sealCase/unsealCase, which check again: hiding the
 * form is a courtesy, not the guard. `writable` is the case's write permissions for the viewer.
 */
export function sealOfferFor(
  viewer: Viewer,
  c: AgeFacts & {
    status: string;
    sealedAt: Date | null;
    countryCode: string;
    assignedOrg: { id: string } | null;
    practiceSessionId: string | null;
    writable: readonly string[];
  },
  now = new Date(),
): SealOffer {
  if (c.practiceSessionId || !can(viewer, "case:seal") || !c.writable.includes("case:seal")) return null;
  if (!isOwningUnit(viewer, { countryCode: c.countryCode, assignedOrgId: c.assignedOrg?.id ?? null }))
    return null;
  if (c.sealedAt) return { kind: "unseal" };
  if (c.status !== "LOCATED_ALIVE") return null;
  const why = sealBlocker(c, now);
  return why ? { kind: "blocked", why } : { kind: "seal" };
}

/** The trail row of a seal change; the reason stays in the case history, which only staff of the case read. */
function auditSeal(
  tx: Tx,
  viewer: Viewer,
  c: { id: string; caseNumber: string; countryCode: string },
  sealed: boolean,
) {
  return recordAuditEvent(tx, viewer, {
    action: sealed ? "case.seal" : "case.unseal",
    targetType: "Case",
    targetId: c.id,
    countryCode: c.countryCode,
    // The case number only on the "after" side, so the trail keeps it (unchanged fields are dropped).
    before: { sealed: !sealed },
    after: { caseNumber: c.caseNumber, sealed },
  });
}

/**
 * Seals the record of a located adult who does not want to be found (decision 154): from now on
 * only the owning unit sees it whole. Police of the owning unit only (anyone else: not found, as
 * for any case out of reach); a minor follows child-protection rules instead and is refused. The
 * reason is written to the case history, the change to the audit trail, and the family is told
 * that the person is located and safe (nothing else), all in the same transaction.
 */
export async function sealCase(viewer: Viewer, input: SealInput): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const c = await findWritableCase(tx, viewer, input.caseNumber, "case:seal", FACTS);
    if (!isOwningUnit(viewer, c)) throw new NotFoundError();
    const why = sealBlocker(c, new Date());
    if (why) throw new AppError(why, 409);
    // The condition makes two officers sealing at once produce one seal, one event, one message.
    const { count } = await tx.case.updateMany({
      where: { id: c.id, sealedAt: null },
      data: { sealedAt: new Date(), sealedById: viewer.id },
    });
    if (count === 0) throw new AppError("cases:errors.alreadySealed", 409);
    const event = await recordCaseEvent(tx, {
      caseId: c.id,
      actorKind: "STAFF",
      actorUserId: viewer.id,
      type: "CASE_SEALED",
      reason: input.reason,
    });
    await auditSeal(tx, viewer, c, true);
    // From now on every read of the record needs a reason (decision 154); the officer's reason for
    // sealing is the reason for reading it on, so the page they sealed from does not ask again
    // within the window. Anyone else of the unit is asked.
    await logCaseAccess(tx, { caseId: c.id, userId: viewer.id, action: "REASON", reason: input.reason });
    await notifyReporter(tx, c.id, event.id, "family.locatedSafe");
  });
}

/** Lifts the seal (the person agreed to be found, or it was a mistake): the owning unit's police. */
export async function unsealCase(viewer: Viewer, input: SealInput): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const c = await findWritableCase(tx, viewer, input.caseNumber, "case:seal", FACTS);
    if (!isOwningUnit(viewer, c)) throw new NotFoundError();
    if (!c.sealedAt) throw new AppError("cases:errors.notSealed", 409);
    const { count } = await tx.case.updateMany({
      where: { id: c.id, sealedAt: { not: null } },
      data: { sealedAt: null, sealedById: null },
    });
    if (count === 0) throw new AppError("cases:errors.notSealed", 409);
    await recordCaseEvent(tx, {
      caseId: c.id,
      actorKind: "STAFF",
      actorUserId: viewer.id,
      type: "CASE_UNSEALED",
      reason: input.reason,
    });
    await auditSeal(tx, viewer, c, false);
  });
}
