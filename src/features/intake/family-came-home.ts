// "The person came home", said by the family on the track page (number + tracking code) rather
// than through a check-in link. It leaves what the link's answer leaves (recordFamilyAnswer: a
// REPORTER event in the timeline and a task in the officer's inbox) and does not close the case:
// the officer confirms with the family first.
import "server-only";
import { recordFamilyAnswer } from "@/features/check-ins/data";
import { getDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { findTrackedCase } from "./claim-status";

const OPEN: readonly string[] = ["REPORTED", "VERIFIED", "ACTIVE"];

/**
 * Records it once per case: a retry, a double submit or an earlier "came home" by a check-in
 * link returns `repeated` and writes nothing. A wrong pair is ClaimNotFoundError, like a
 * missing case; a closed case is refused.
 */
export async function reportCameHome(
  caseNumber: string,
  trackingCode: string,
): Promise<{ repeated: boolean }> {
  const c = await findTrackedCase(caseNumber, trackingCode);
  if (!OPEN.includes(c.status)) throw new AppError("checkins:note.closed", 409);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    // Two posts at once wait here for each other, so the second sees the first's event.
    await tx.$executeRaw`SELECT 1 FROM "Case" WHERE id = ${c.id}::uuid FOR UPDATE`;
    const earlier = await tx.caseEvent.count({
      where: { caseId: c.id, type: "CHECK_IN_ANSWERED", newValue: "CAME_HOME", actorKind: "REPORTER" },
    });
    if (earlier) return { repeated: true };
    await recordFamilyAnswer(tx, c.id, "CAME_HOME", "track");
    return { repeated: false };
  });
}
