import "server-only";
import { notifyCaseTeam, addInboxItem } from "@/features/inbox/data";
import { recordCaseEvent } from "@/server/audit";
import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { can, caseReadScope } from "@/server/policy";
import type { Viewer } from "@/server/viewer";
import type { OwnerAnswerInput, OwnerRequestInput } from "../schemas";
import { findWritableCase } from "./writable-case";

// A request to the country that owns a case, and that country's answer (decision 145). Both are
// case events (the case's append-only history) written in one transaction with the inbox item
// that tells the other side: the owning country's case team, then the officer who asked.

export const OWNER_REQUEST = "OWNER_REQUEST";
export const OWNER_REQUEST_ANSWERED = "OWNER_REQUEST_ANSWERED";

/** May this viewer ask the owner of a case of `countryCode`? (Shown by the page; checked below.) */
export function mayRequestOwner(viewer: Viewer, countryCode: string): boolean {
  return can(viewer, "case:requestOwner") && !viewer.practiceSessionId && viewer.countryCode !== countryCode;
}

/**
 * An officer reading another country's case asks that country for something. Only a case the
 * viewer may read, of another country, real (no sandbox); anything else is not-found and
 * writes nothing.
 */
export async function requestOwningCountry(viewer: Viewer, input: OwnerRequestInput): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const c =
      can(viewer, "case:requestOwner") && !viewer.practiceSessionId
        ? await tx.case.findFirst({
            where: {
              AND: [
                { caseNumber: input.caseNumber, practiceSessionId: null },
                { countryCode: { not: viewer.countryCode } },
                caseReadScope(viewer),
              ],
            },
            select: { id: true },
          })
        : null;
    if (!c) throw new NotFoundError();
    const event = await recordCaseEvent(tx, {
      caseId: c.id,
      actorKind: "STAFF",
      actorUserId: viewer.id,
      type: OWNER_REQUEST,
      field: "country",
      oldValue: viewer.countryCode,
      newValue: input.need,
      body: input.message ?? null,
    });
    await notifyCaseTeam(tx, c.id, {
      kind: "REQUEST",
      fromCountryCode: viewer.countryCode,
      actorUserId: viewer.id,
      reasons: [`NEED:${input.need}`],
      body: input.message ?? null,
      refId: event.id,
      dedupeKey: `owner-request:${event.id}`,
    });
  });
}

/**
 * The owning country answers one request on its own case: staff who may write notes on it
 * (own country). The answer goes to the officer who asked, in their inbox and on the timeline.
 */
export async function answerOwnerRequest(viewer: Viewer, input: OwnerAnswerInput): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const c = await findWritableCase(tx, viewer, input.caseNumber, "case:addNote", {
      id: true,
      practiceSessionId: true,
    });
    const request = await tx.caseEvent.findFirst({
      where: { id: input.requestId, caseId: c.id, type: OWNER_REQUEST },
      select: { id: true, actorUserId: true, oldValue: true },
    });
    if (!request || c.practiceSessionId) throw new NotFoundError();
    const event = await recordCaseEvent(tx, {
      caseId: c.id,
      actorKind: "STAFF",
      actorUserId: viewer.id,
      type: OWNER_REQUEST_ANSWERED,
      field: "request",
      oldValue: request.id,
      newValue: request.oldValue,
      body: input.message,
    });
    if (request.actorUserId)
      await addInboxItem(tx, {
        kind: "REQUEST",
        to: { userId: request.actorUserId },
        caseId: c.id,
        fromCountryCode: viewer.countryCode,
        actorUserId: viewer.id,
        reasons: ["ANSWER"],
        body: input.message,
        refId: event.id,
        dedupeKey: `owner-answer:${event.id}`,
      });
  });
}
