import "server-only";
// The family changes, from the track page, who beyond the owning country may see the claim
// (decision 154): raising or lowering it takes effect on every read path at the next request,
// because each one reads the column through the scope builders and the consent rule.
import { recordCaseEvent } from "@/server/audit";
import { getDb } from "@/server/db";
import { findTrackedCase } from "./claim-status";
import type { CrossBorderChoice } from "./schemas";

/**
 * Sets the level when number and code match (ClaimNotFoundError otherwise, nothing written) and
 * writes one REPORTER event with the old and the new level. The same level again changes nothing
 * and writes nothing, so a double click leaves one event.
 */
export async function changeCrossBorderConsent(
  caseNumber: string,
  trackingCode: string,
  input: CrossBorderChoice,
): Promise<{ changed: boolean }> {
  const c = await findTrackedCase(caseNumber, trackingCode);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const before = await tx.case.findUniqueOrThrow({
      where: { id: c.id },
      select: { crossBorderConsent: true },
    });
    const { count } = await tx.case.updateMany({
      where: {
        id: c.id,
        crossBorderConsent: before.crossBorderConsent,
        NOT: { crossBorderConsent: input.crossBorder },
      },
      data: { crossBorderConsent: input.crossBorder },
    });
    if (count === 0) return { changed: false };
    await recordCaseEvent(tx, {
      caseId: c.id,
      actorKind: "REPORTER",
      type: "CROSS_BORDER_CONSENT_CHANGED",
      field: "crossBorderConsent",
      oldValue: before.crossBorderConsent,
      newValue: input.crossBorder,
    });
    return { changed: true };
  });
}
