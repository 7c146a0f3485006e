// What the family's answer leaves behind, whichever way it arrives: the check-in link sent by
// the notifications or the track page (number + tracking code). One REPORTER event in the case
// timeline and, for "came home" and "new information", one item in the inbox of the people who
// work the case — the officer's task to call the family and confirm. Nothing here changes the
// case's status: the officer decides that.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { notifyCaseTeam } from "@/features/inbox/data";
import { recordCaseEvent } from "@/server/audit";
import type { Tx } from "@/server/db";
import type { CheckInAnswer } from "./due";

const REASONS: Partial<Record<CheckInAnswer, string>> = { CAME_HOME: "CAME_HOME", NEW_INFO: "NEW_INFO" };

/** Where the answer came from: a numbered check-in's link, or the track page. */
export type AnswerSource = { checkIn: { id: string; number: number } } | "track";

/**
 * Writes the event and the team's inbox item in the caller's transaction. The item's key makes a
 * repeat write nothing: one per check-in, and one "came home" from the track page per case.
 */
export async function recordFamilyAnswer(
  tx: Tx,
  caseId: string,
  answer: CheckInAnswer,
  source: AnswerSource,
): Promise<void> {
  const event = await recordCaseEvent(tx, {
    caseId,
    actorKind: "REPORTER",
    type: "CHECK_IN_ANSWERED",
    // The timeline names the check-in it answers, or says it came from the track page.
    field: source === "track" ? "track" : "checkIn",
    oldValue: source === "track" ? null : String(source.checkIn.number),
    newValue: answer,
  });
  const reason = REASONS[answer];
  if (!reason) return;
  await notifyCaseTeam(tx, caseId, {
    kind: "CHECK_IN",
    reasons: [reason],
    refId: event.id,
    dedupeKey: source === "track" ? `came-home:${caseId}` : `check-in:${source.checkIn.id}`,
  });
}

/**
 * SQL condition: the family of case `c` already said the person came home (by either path). The
 * schedule sends them no more "Still missing?" and the staff list of check-ins leaves them out.
 */
export const familySaidCameHome = Prisma.sql`EXISTS (SELECT 1 FROM "CaseEvent" h
  WHERE h."caseId" = c.id AND h.type = 'CHECK_IN_ANSWERED' AND h."newValue" = 'CAME_HOME'
    AND h."actorKind" = 'REPORTER')`;
