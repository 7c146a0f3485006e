// Removal requests (decision 150): someone asks that a public page be taken down. The family
// (case number + tracking code) and anyone on a poster may ask; a family request or a safety
// reason hides the page at once (`Case.publicHiddenAt`, which every public read requires null),
// "this is wrong" from the public waits for staff. The police of the case's country decide:
// keep it off the public pages, or restore it. Every step writes its CaseEvent, its AuditEvent
// and (for a request) an inbox item, in the step's own transaction.
import "server-only";
import type { RemovalReason, RemovalSource } from "@/generated/prisma/enums";
import { findBulletinCaseId } from "@/features/bulletin/data";
import { addInboxItem } from "@/features/inbox/data";
import { findTrackedCase, withdrawConsent } from "@/features/intake/data";
import { notifyReporter, withdrawEmailUpdatesOfCase } from "@/features/notifications/data";
import { recordCaseEvent } from "@/server/audit";
import { recordAuditEvent } from "@/server/audit-event";
import { getDb, type Tx } from "@/server/db";
import { AppError, NotFoundError } from "@/server/errors";
import { caseWriteScope } from "@/server/policy";
import type { Viewer } from "@/server/viewer";
import type { RemovalDecisionInput, RemovalRequestInput } from "./schemas";

export interface RequestContext {
  locale: string;
  /** Keyed hash of the requester's IP (abuse review only); null outside a request. */
  ipHash: string | null;
}

/** Whether a request takes the page down before anyone reviews it. */
export function hidesAtOnce(source: RemovalSource, reason: RemovalReason): boolean {
  return source === "FAMILY" || reason !== "WRONG";
}

/** A repeated post (double click, reload) within this time files nothing new. */
const REPEAT_MS = 10 * 60_000;

interface RequestedCase {
  id: string;
  caseNumber: string;
  countryCode: string;
  regionId: string | null;
  practiceSessionId: string | null;
}

const requestedCaseSelect = {
  id: true,
  caseNumber: true,
  countryCode: true,
  regionId: true,
  practiceSessionId: true,
} as const;

async function fileRequest(
  tx: Tx,
  c: RequestedCase,
  r: { source: RemovalSource; reason: RemovalReason; message?: string } & RequestContext,
): Promise<{ id: string; hidPage: boolean }> {
  const repeat = await tx.removalRequest.findFirst({
    where: {
      caseId: c.id,
      source: r.source,
      reason: r.reason,
      status: "PENDING",
      ...(r.source === "PUBLIC"
        ? { ipHash: r.ipHash, createdAt: { gt: new Date(Date.now() - REPEAT_MS) } }
        : {}),
    },
    select: { id: true, hidPage: true },
  });
  if (repeat) return repeat;
  const hidPage = hidesAtOnce(r.source, r.reason);
  if (hidPage)
    await tx.case.updateMany({
      where: { id: c.id, publicHiddenAt: null },
      data: { publicHiddenAt: new Date() },
    });
  const request = await tx.removalRequest.create({
    data: {
      caseId: c.id,
      source: r.source,
      reason: r.reason,
      message: r.message ?? null,
      locale: r.locale,
      hidPage,
      ipHash: r.ipHash,
    },
    select: { id: true, hidPage: true },
  });
  await recordCaseEvent(tx, {
    caseId: c.id,
    actorKind: r.source === "FAMILY" ? "REPORTER" : "PUBLIC",
    type: "REMOVAL_REQUESTED",
    field: "publicPage",
    oldValue: hidPage ? "hidden" : null,
    newValue: r.reason,
  });
  await recordAuditEvent(tx, null, {
    action: "removal.request",
    targetType: "RemovalRequest",
    targetId: request.id,
    countryCode: c.countryCode,
    after: { caseNumber: c.caseNumber, source: r.source, reason: r.reason, hidPage },
  });
  // Practice cases never reach a real inbox.
  if (!c.practiceSessionId)
    await addInboxItem(tx, {
      kind: "REMOVAL",
      to: { countryCode: c.countryCode, roles: ["POLICE"], regionId: c.regionId },
      caseId: c.id,
      reasons: [`REMOVAL_${r.reason}`, hidPage ? "REMOVAL_HIDDEN" : "REMOVAL_VISIBLE"],
      refId: request.id,
      dedupeKey: `removal:${request.id}`,
    });
  return request;
}

/**
 * A request from the public page of a case currently on the bulletin; a case that is not (or
 * no longer) public is not found, the same answer as an unknown id.
 */
export async function requestPublicRemoval(
  publicId: string,
  input: RemovalRequestInput,
  ctx: RequestContext,
): Promise<{ hidden: boolean }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const id = await findBulletinCaseId(tx, publicId);
    if (!id) throw new NotFoundError();
    const c = await tx.case.findUniqueOrThrow({ where: { id }, select: requestedCaseSelect });
    const r = await fileRequest(tx, c, { source: "PUBLIC", ...input, ...ctx });
    return { hidden: r.hidPage };
  });
}

/** The family asks, from the track page, that their public page be taken down: hidden at once. */
export async function requestFamilyRemoval(
  caseNumber: string,
  trackingCode: string,
  input: RemovalRequestInput,
  ctx: RequestContext,
): Promise<void> {
  const { id } = await findTrackedCase(caseNumber, trackingCode);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const c = await tx.case.findUniqueOrThrow({ where: { id }, select: requestedCaseSelect });
    await fileRequest(tx, c, { source: "FAMILY", ...input, ...ctx });
  });
}

/**
 * The family withdraws their claim: publication consent and news messages are withdrawn at once
 * (each step idempotent, so a retry after a failure completes it), and a WITHDRAW_CLAIM request
 * asks the owning unit to close its part; the police may have to keep a record, so nothing is
 * deleted here.
 */
export async function withdrawClaim(caseNumber: string, trackingCode: string, ctx: RequestContext) {
  const { id } = await findTrackedCase(caseNumber, trackingCode);
  await withdrawConsent(caseNumber, trackingCode);
  await withdrawEmailUpdatesOfCase(id, "EMAIL");
  await withdrawEmailUpdatesOfCase(id, "SMS");
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const done = await tx.removalRequest.count({
      where: { caseId: id, source: "FAMILY", reason: "WITHDRAW_CLAIM" },
    });
    if (done) return;
    const c = await tx.case.findUniqueOrThrow({ where: { id }, select: requestedCaseSelect });
    await fileRequest(tx, c, { source: "FAMILY", reason: "WITHDRAW_CLAIM", ...ctx });
  });
}

/** What the family may know of their own requests (never of the public's: who asked stays unsaid). */
export interface FamilyRemovalView {
  reason: RemovalReason;
  status: "PENDING" | "KEPT_HIDDEN" | "RESTORED";
  at: Date;
  decidedAt: Date | null;
}

export async function listFamilyRemovals(
  caseNumber: string,
  trackingCode: string,
): Promise<FamilyRemovalView[]> {
  const { id } = await findTrackedCase(caseNumber, trackingCode);
  const db = await getDb();
  const rows = await db.removalRequest.findMany({
    where: { caseId: id, source: "FAMILY" },
    orderBy: { createdAt: "desc" },
    select: { reason: true, status: true, createdAt: true, decidedAt: true },
  });
  return rows.map((r) => ({ reason: r.reason, status: r.status, at: r.createdAt, decidedAt: r.decidedAt }));
}

export interface RemovalRequestRow {
  id: string;
  source: RemovalSource;
  reason: RemovalReason;
  message: string | null;
  hidPage: boolean;
  status: "PENDING" | "KEPT_HIDDEN" | "RESTORED";
  createdAt: Date;
  decidedAt: Date | null;
  decisionNote: string | null;
}

/** The requests on a case, for the staff who decide them (police of its country); else none. */
export async function listRemovalRequestsForCase(
  viewer: Viewer,
  caseId: string,
): Promise<RemovalRequestRow[]> {
  const db = await getDb();
  return db.removalRequest.findMany({
    where: { caseId, case: caseWriteScope(viewer, "case:decideRemoval") },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: {
      id: true,
      source: true,
      reason: true,
      message: true,
      hidPage: true,
      status: true,
      createdAt: true,
      decidedAt: true,
      decisionNote: true,
    },
  });
}

/** Hidden while any request holding it down is pending or was upheld. */
async function stillHeldDown(tx: Tx, caseId: string): Promise<boolean> {
  const n = await tx.removalRequest.count({
    where: {
      caseId,
      OR: [{ status: "KEPT_HIDDEN" }, { status: "PENDING", hidPage: true }],
    },
  });
  return n > 0;
}

/**
 * Staff decide a pending request: KEEP_HIDDEN takes the page off the public pages (if it was
 * still up) and keeps it off; RESTORE puts it back unless another request still holds it down.
 * A withdrawn claim cannot be "restored" (its consent is gone). Out of scope = not found.
 */
export async function decideRemoval(viewer: Viewer, input: RemovalDecisionInput): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const request = await tx.removalRequest.findFirst({
      where: {
        id: input.requestId,
        case: { caseNumber: input.caseNumber, ...caseWriteScope(viewer, "case:decideRemoval") },
      },
      select: {
        id: true,
        status: true,
        reason: true,
        source: true,
        case: { select: { id: true, caseNumber: true, countryCode: true, publicHiddenAt: true } },
      },
    });
    if (!request) throw new NotFoundError();
    if (request.status !== "PENDING") throw new AppError("removal:errors.decided", 409);
    if (input.decision === "RESTORE" && request.reason === "WITHDRAW_CLAIM")
      throw new AppError("removal:errors.cannotRestoreWithdrawal", 409);
    const status = input.decision === "RESTORE" ? "RESTORED" : "KEPT_HIDDEN";
    const now = new Date();
    // The PENDING condition makes two officers deciding at once produce one decision.
    const { count } = await tx.removalRequest.updateMany({
      where: { id: request.id, status: "PENDING" },
      data: { status, decidedById: viewer.id, decidedAt: now, decisionNote: input.note ?? null },
    });
    if (count === 0) throw new AppError("removal:errors.decided", 409);
    const c = request.case;
    const hide = status === "KEPT_HIDDEN" || (await stillHeldDown(tx, c.id));
    const hiddenAt = hide ? (c.publicHiddenAt ?? now) : null;
    if (hiddenAt?.getTime() !== c.publicHiddenAt?.getTime())
      await tx.case.update({ where: { id: c.id }, data: { publicHiddenAt: hiddenAt } });
    const event = await recordCaseEvent(tx, {
      caseId: c.id,
      actorKind: "STAFF",
      actorUserId: viewer.id,
      type: "REMOVAL_DECIDED",
      field: "publicPage",
      oldValue: request.reason,
      newValue: status,
      reason: input.note ?? null,
    });
    await recordAuditEvent(tx, viewer, {
      action: "removal.decide",
      targetType: "RemovalRequest",
      targetId: request.id,
      countryCode: c.countryCode,
      // The case number only on the "after" side, so the trail keeps it (unchanged fields are dropped).
      before: { status: "PENDING", publicHidden: c.publicHiddenAt !== null },
      after: { caseNumber: c.caseNumber, status, publicHidden: hiddenAt !== null, note: input.note ?? null },
    });
    // The family hears the outcome of its own request (what its track page shows, never the
    // note); a request from the public is not the reporter's to hear about (point 5).
    if (request.source === "FAMILY")
      await notifyReporter(
        tx,
        c.id,
        event.id,
        status === "RESTORED" ? "family.removalRestored" : "family.removalKept",
      );
  });
}
