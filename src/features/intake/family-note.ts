// The family adds a detail to their own open report from the track page (after case number and
// tracking code), e.g. after answering "I have new information" to a check-in. It becomes a
// FAMILY_NOTE case event (the officer reads it in the timeline) and an inbox item for the people
// who work the case, in one transaction. Rate-limited per client like the other public forms.
import "server-only";
import { notifyCaseTeam } from "@/features/inbox/data";
import { recordCaseEvent } from "@/server/audit";
import { getDb } from "@/server/db";
import { env } from "@/server/env";
import { AppError } from "@/server/errors";
import { hitRateLimit } from "@/server/rate-limit";
import { clientIp, hashIp } from "@/server/request-info";
import { findTrackedCase } from "./claim-status";
import type { FamilyNoteInput } from "./family-note-schema";

const OPEN: readonly string[] = ["REPORTED", "VERIFIED", "ACTIVE"];
// A family writes a few notes; a script hammering the form is stopped (and counted) here.
const LIMIT = { limit: 10, windowSeconds: 3600 };

export async function allowFamilyNote(headers: Headers): Promise<boolean> {
  return hitRateLimit(
    `familyNote:${hashIp(clientIp(headers))}`,
    Math.round(LIMIT.limit * env().RATE_LIMIT_MULTIPLIER),
    LIMIT.windowSeconds,
  );
}

export async function addFamilyNote(
  caseNumber: string,
  trackingCode: string,
  input: FamilyNoteInput,
): Promise<void> {
  const c = await findTrackedCase(caseNumber, trackingCode);
  if (!OPEN.includes(c.status)) throw new AppError("checkins:note.closed", 409);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    // A double click (two posts before the redirect) writes the note once.
    const recent = await tx.caseEvent.count({
      where: {
        caseId: c.id,
        type: "FAMILY_NOTE",
        body: input.body,
        createdAt: { gt: new Date(Date.now() - 10 * 60_000) },
      },
    });
    if (recent) return;
    const event = await recordCaseEvent(tx, {
      caseId: c.id,
      actorKind: "REPORTER",
      type: "FAMILY_NOTE",
      body: input.body,
    });
    // The item says only that the family wrote; the text stays in the case, behind its scope.
    await notifyCaseTeam(tx, c.id, {
      kind: "CHECK_IN",
      reasons: ["FAMILY_NOTE"],
      refId: event.id,
      dedupeKey: `family-note:${event.id}`,
    });
  });
}
