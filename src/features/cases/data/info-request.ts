import "server-only";
import { notifyReporter } from "@/features/notifications/data";
import { recordCaseEvent } from "@/server/audit";
import { getDb } from "@/server/db";
import type { Viewer } from "@/server/viewer";
import type { InfoRequestInput } from "../schemas";
import { findWritableCase } from "./writable-case";

/**
 * Staff ask the family for more information: an INFO_REQUESTED event whose text the reporter
 * reads on the track page (with their tracking code), and an email that only says there is news.
 */
export async function requestFamilyInformation(viewer: Viewer, input: InfoRequestInput): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const c = await findWritableCase(tx, viewer, input.caseNumber, "case:addNote", { id: true });
    const event = await recordCaseEvent(tx, {
      caseId: c.id,
      actorKind: "STAFF",
      actorUserId: viewer.id,
      type: "INFO_REQUESTED",
      body: input.question,
    });
    await notifyReporter(tx, c.id, event.id, "family.infoRequested");
  });
}
